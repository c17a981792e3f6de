/** Play / pause: sends the script's next step on a timer until the script runs out. */
import { useCallback, useEffect, useState } from 'react';

/** Milliseconds between steps at speed 1..5 (speed 3: a step a second, enough time to read a move). */
export const delayFor = (speed: number) => Math.round(2000 / speed);

/** Playback state; `next` is called on each tick, and playing stops when `hasNext` turns false. */
export function usePlayback(hasNext: boolean, next: () => void, onEnd: () => void) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(3);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(next, delayFor(speed));
    return () => clearInterval(timer);
  }, [playing, speed, next]);

  useEffect(() => {
    if (playing && !hasNext) {
      setPlaying(false);
      onEnd();
    }
  }, [playing, hasNext, onEnd]);

  const toggle = () => {
    if (!playing && !hasNext) {
      onEnd();
      return;
    }
    setPlaying(!playing);
  };
  const stop = useCallback(() => setPlaying(false), []);
  return { playing, speed, setSpeed, toggle, stop };
}
