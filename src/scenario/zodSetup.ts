/** The zod setting lives with the lowest layer that builds schemas (machines/zodSetup.ts). */
import '../../machines/zodSetup.ts';
