import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import type { Database } from "@/db/client";
import { isPublishedSlug } from "@/lib/articles/is-published-slug";
import { ALL_PAGES_TAG, pageTagsForPath } from "@/lib/page-tags/page-tags";
import { NOT_FOUND_PAGE_PATH } from "../next-adapter";
import { fetchOwnPage } from "./fetch-own-page";
import { memorisePage, type FetchedPage, type MemorisedPage, type PageMemory } from "./page-memory";
import { sendSharedPage } from "./serve-pages";

/** Kept at most this long without a purge, as the page memory keeps its pages. */
const MAX_AGE_MS = 30_000;

/**
 * Next's own not-found page (the one it answers for any unknown address, status 404), kept
 * ready to send: an article address that names no published piece is answered with it after
 * one indexed lookup, without entering Next or its page cache. It shows no article, so no
 * gated text; it is dropped by any purge of every page (sections, settings), kept only
 * while the page memory keeps pages, and refetched at least every 30 s.
 */
export class NotFoundPage {
  private kept: { page: MemorisedPage; at: number } | null = null;
  private pending: Promise<MemorisedPage> | null = null;
  private purges = 0;
  private readonly tags = new Set(pageTagsForPath(NOT_FOUND_PAGE_PATH));

  constructor(
    private readonly fetchPage: (path: string) => Promise<FetchedPage>,
    private readonly now: () => number = Date.now,
    /** Whether a page may be kept now: not while other instances' purges cannot be heard. */
    private readonly mayKeep: () => boolean = () => true,
  ) {}

  get(): Promise<MemorisedPage> {
    if (this.kept && this.now() - this.kept.at < MAX_AGE_MS) return Promise.resolve(this.kept.page);
    this.pending ??= this.fetchAndKeep().finally(() => (this.pending = null));
    return this.pending;
  }

  /** A purge naming every page (or this one): drop it. */
  purge(tags: readonly string[]): void {
    if (!tags.some((t) => t === ALL_PAGES_TAG || this.tags.has(t))) return;
    this.purges++;
    this.kept = null;
    this.pending = null;
  }

  private async fetchAndKeep(): Promise<MemorisedPage> {
    const started = this.purges;
    const at = this.now();
    const fetched = await this.fetchPage(NOT_FOUND_PAGE_PATH);
    if (fetched.status !== 404) throw new Error(`Next answered ${fetched.status} for its not-found page`);
    const memorised = memorisePage(fetched);
    // Compressed once here (the page memory compresses only pages it may share; this one is shared too).
    const page: MemorisedPage = { ...memorised, html: memorised.html, gzip: gzipSync(memorised.body) };
    if (this.purges === started && this.mayKeep()) this.kept = { page, at };
    return page;
  }
}

const holder = globalThis as unknown as { __ledeNotFoundPage?: NotFoundPage };

/** This process's not-found page, purged with its page memory (which hears every instance's purges). */
export function sharedNotFoundPage(memory: PageMemory): NotFoundPage {
  if (holder.__ledeNotFoundPage) return holder.__ledeNotFoundPage;
  const page = new NotFoundPage((path) => fetchOwnPage(path), Date.now, () => memory.isKeeping);
  memory.onPurge((tags) => page.purge(tags));
  holder.__ledeNotFoundPage = page;
  return page;
}

/**
 * Answers an anonymous reader's article address that names no published piece with the
 * not-found page (true); false, having sent nothing, when the piece exists.
 */
export async function answerUnknownArticle(request: IncomingMessage, response: ServerResponse, slug: string, deps: { db: Database; notFound: NotFoundPage }): Promise<boolean> {
  if (await isPublishedSlug(deps.db, slug, new Date())) return false;
  sendSharedPage(request, response, await deps.notFound.get(), true);
  return true;
}
