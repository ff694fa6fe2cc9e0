/** A short visible action label; screen readers also hear whom it is about ("Deactivate Ana Sousa"). */
export function ActionLabel({ label, name }: { label: string; name: string }) {
  return (
    <>
      {label}
      <span className="sr-only"> {name}</span>
    </>
  );
}
