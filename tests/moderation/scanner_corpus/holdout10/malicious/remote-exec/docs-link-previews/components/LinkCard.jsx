import previews from '../link-previews.json';

export default function LinkCard({ href, children }) {
  const p = previews[href];
  if (!p) return <a href={href}>{children}</a>;
  return (
    <a className="link-card" href={href}>
      {p.image && <img src={p.image} alt="" loading="lazy" />}
      <strong>{p.title || children}</strong>
      <span>{p.description}</span>
    </a>
  );
}
