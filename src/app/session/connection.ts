/**
 * Yjs documents of a session over one WebSocket to the same origin's `/session`
 * (Hocuspocus provider 3.x, several documents multiplexed on one socket).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { SESSION_PATH } from '../../classroom/protocol.ts';

/** The session server's WebSocket address on this page's own origin. */
export function sessionUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${SESSION_PATH}`;
}

/** One open document. */
export interface OpenDoc {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
}

/** A socket with the documents opened on it. */
export class SessionSocket {
  private readonly socket = new HocuspocusProviderWebsocket({ url: sessionUrl() });
  private readonly open: OpenDoc[] = [];

  /**
   * Opens a document; `onRefused` hears the server's refusal, `onClosed` a closed
   * connection (the server dropped this document, or the socket went away).
   */
  openDoc(
    name: string,
    token: string,
    handlers: {
      onChange?: () => void;
      onRefused?: (why: string) => void;
      onClosed?: () => void;
    } = {},
  ): OpenDoc {
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token,
      onAuthenticationFailed: ({ reason }) => handlers.onRefused?.(reason),
      onSynced: () => handlers.onChange?.(),
      onAwarenessChange: () => handlers.onChange?.(),
      onStatus: () => handlers.onChange?.(),
      onClose: () => handlers.onClosed?.(),
    });
    provider.attach();
    if (handlers.onChange) doc.on('update', handlers.onChange);
    const opened = { doc, provider };
    this.open.push(opened);
    return opened;
  }

  /** Whether the socket is connected now. */
  get connected(): boolean {
    return this.socket.status === 'connected';
  }

  /** Closes every document and the socket. */
  close(): void {
    for (const { provider } of this.open) provider.destroy();
    this.socket.destroy();
  }
}
