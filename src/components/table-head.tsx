/** A table's column headings; the reflowed narrow layout repeats them per cell through `data-label`. */
export function TableHead({ columns }: { readonly columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => <th key={column} scope="col">{column}</th>)}
      </tr>
    </thead>
  );
}
