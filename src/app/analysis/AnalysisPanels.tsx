import type { AnalysisSlotProps } from './AnalysisSlot.tsx';
import { OddsPanel } from './OddsPanel.tsx';
import { PathsPanel } from './PathsPanel.tsx';

/** Both analysis panels; loaded lazily by AnalysisSlot so the first page load stays small. */
export default function AnalysisPanels(props: AnalysisSlotProps) {
  return (
    <>
      <PathsPanel {...props} />
      <OddsPanel scenario={props.scenario} step={props.step} played={props.played} />
    </>
  );
}
