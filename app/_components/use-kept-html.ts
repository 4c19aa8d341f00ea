"use client";

import { useEffect, useRef, useState } from "react";

/*
 * A block whose HTML the production server replaced in a shared page (a member's article
 * rest, a reader's search results) while the page's embedded payload still describes the
 * shared variant. React leaves innerHTML alone when it hydrates, but the router rebuilds
 * the block from that payload when the reader comes back through history; so a replaced
 * block is kept for this tab, by key, and shown again instead of the shared variant.
 */
const kept = new Map<string, string>();

export function useKeptHtml(options: {
  /** Names the block and the address it belongs to; read in the browser only. */
  key: () => string;
  html: string;
  /** Whether `html` is the shared variant, which a kept block replaces. */
  isShared: boolean;
  /** Whether the block in the document is one the server replaced. */
  wasReplaced: (element: HTMLElement) => boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown] = useState(() => (typeof window !== "undefined" && options.isShared ? (kept.get(options.key()) ?? options.html) : options.html));
  const { key, wasReplaced } = options;
  useEffect(() => {
    const element = ref.current;
    if (element && wasReplaced(element)) kept.set(key(), element.innerHTML);
  }, [key, wasReplaced]);
  return { ref, shown };
}
