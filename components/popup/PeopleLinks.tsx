export interface PersonLink {
  personId: string;
  name: string;
  /** Shown after the name: when the 1:1 is, or how long since the last. */
  detail: string;
  key: string;
}

export interface PeopleLinksProps {
  title: string;
  empty: string;
  links: PersonLink[];
  /** The extension page with this person's prep (shown as the link's address). */
  prepHref: (personId: string) => string;
  /** The popup cannot navigate itself to a new tab: the container opens it. */
  onOpenPrep: (personId: string) => void;
}

/** A titled region of people, each a link to their prep (used for "Next 1:1s" and "Cadence slipped"). */
export function PeopleLinks({ title, empty, links, prepHref, onOpenPrep }: PeopleLinksProps) {
  return (
    <section aria-label={title} class="stack people-links">
      <h2>{title}</h2>
      {links.length === 0 ? (
        <p class="small muted">{empty}</p>
      ) : (
        <ul class="list">
          {links.map((link) => (
            <li key={link.key} class="row">
              <a
                href={prepHref(link.personId)}
                onClick={(e) => {
                  e.preventDefault();
                  onOpenPrep(link.personId);
                }}
              >
                {link.name}
              </a>
              <span class="small muted">{link.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
