"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False in the server's HTML and during hydration, true once the component's script runs. */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
