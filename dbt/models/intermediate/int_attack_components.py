"""Connected components of the attack-mention links (int_attack_mention_links): union-find, linear in the
links. component = the smallest mention_id of the component, for every dated attack mention (a mention
without links is a component of its own)."""


def model(dbt, session):
    dbt.config(materialized="table")
    import pyarrow as pa

    dated = dbt.ref("stg_parley__attack_mentions").filter("attack_date is not null").project("mention_id")
    ids = sorted(set(dated.to_arrow_table().column("mention_id").to_pylist()))
    index = {mention: i for i, mention in enumerate(ids)}
    parent = list(range(len(ids)))

    def find(i):
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    links = dbt.ref("int_attack_mention_links").to_arrow_table()
    for a, b in zip(links.column("mention_id").to_pylist(), links.column("hub").to_pylist(), strict=True):
        ra, rb = find(index[a]), find(index[b])
        if ra != rb:
            # ids are sorted, so the smaller index is the smaller mention_id: keep it as the root
            if ra < rb:
                parent[rb] = ra
            else:
                parent[ra] = rb
    return pa.table(
        {
            "mention_id": pa.array(ids, pa.string()),
            "component": pa.array([ids[find(i)] for i in range(len(ids))], pa.string()),
        }
    )
