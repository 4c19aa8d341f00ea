import { TextAreaField, TextField } from "./fields";

export interface EditorSeo {
  title: string;
  description: string;
  socialTitle: string;
  socialDescription: string;
}

/** Search and social overrides; empty fields fall back to the title and standfirst. */
export function SeoFields({ seo }: { seo: EditorSeo }) {
  return (
    <fieldset className="field">
      <legend>
        <strong>Search and social</strong>
      </legend>
      <p className="hint">Leave empty to use the title and standfirst. Every visitor sees these (search results, link previews), so they may not quote the subscribers-only part.</p>
      <TextField name="seo.title" label="Search title" defaultValue={seo.title} hint="The page title in search results and the browser tab." />
      <TextAreaField name="seo.description" label="Search description" defaultValue={seo.description} rows={2} />
      <TextField name="seo.socialTitle" label="Social title" defaultValue={seo.socialTitle} hint="Link previews (Open Graph, X/Twitter); empty: the search title." />
      <TextAreaField name="seo.socialDescription" label="Social description" defaultValue={seo.socialDescription} rows={2} />
    </fieldset>
  );
}
