"use client";

import { AdminForm } from "./admin-form";
import { TextAreaField, TextField } from "./fields";
import { ImageUpload } from "./image-upload";

export interface AuthorFields {
  id: number;
  name: string;
  slug: string;
  roleLine: string;
  bio: string;
  photo: string | null;
  userEmail: string | null;
}

export function AuthorForm({ author }: { author: AuthorFields | null }) {
  return (
    <AdminForm action={author ? `/api/admin/authors/${author.id}` : "/api/admin/authors"} label="Author profile">
      <TextField name="name" label="Name" defaultValue={author?.name ?? ""} />
      <TextField name="slug" label="Slug" defaultValue={author?.slug ?? ""} hint="Leave empty to make one from the name: /authors/slug." />
      <ImageUpload name="photo" label="Photo" initial={author?.photo ?? null} />
      <TextField name="roleLine" label="Role line" defaultValue={author?.roleLine ?? ""} placeholder="Defence correspondent, Brussels" />
      <TextAreaField name="bio" label="Biography" defaultValue={author?.bio ?? ""} />
      <TextField name="userEmail" type="email" label="Linked account (e-mail)" defaultValue={author?.userEmail ?? ""} hint="The account that writes as this author: its pieces are theirs to edit." />
      <button className="button primary" type="submit">
        Save
      </button>
    </AdminForm>
  );
}
