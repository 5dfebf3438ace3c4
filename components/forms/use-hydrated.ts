"use client";
// False in the server HTML (all a browser without JavaScript ever shows), true once React runs in
// the browser: controls that need scripts render only then, so nobody sees a dead button.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
