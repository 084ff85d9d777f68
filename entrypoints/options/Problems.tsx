/** A list of problems with what the user typed or imported; announced when it appears. */
export function Problems({ errors, title = 'Nothing was saved:' }: { errors: string[]; title?: string }) {
  if (!errors.length) return null;
  return (
    <div class="problems" role="alert">
      <p class="problems__title">{title}</p>
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
