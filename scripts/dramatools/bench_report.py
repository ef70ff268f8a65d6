"""The benchmark's table on stdout, from the report dict that is also written
as JSON."""


def ratio(a, b):
    if a is None or b in (None, 0):
        return None
    return round(a / b, 3)


def fmt(v, unit=""):
    if v is None:
        return "-"
    if isinstance(v, float):
        v = f"{v:,.1f}" if abs(v) >= 10 else f"{v:,.2f}"
    else:
        v = f"{v:,}"
    return f"{v}{unit}"


def print_table(r):
    idx, qr, rt = r["indexing"], r["queries"], r["ratios"]
    c = r["corpus"]
    print(f"\ncorpus: {c['articles']:,} articles, {c['mb']} MB "
          f"(seed {r['params']['seed']}, {r['params']['spun_share']:.0%} spun); "
          f"batch {r['params']['batch']}; {r['query_set']['count']} queries; "
          f"load before/after {fmt_load(r['machine']['load_before'])} / {fmt_load(r['load_after'])}")
    print("\nIndexing")
    hdr = f"{'':<14}{'wall s':>9}{'cpu s':>8}{'articles/s':>12}{'MB/s':>8}{'docs':>13}{'size MB':>11}{'compacted':>11}{'peak RSS MB':>13}"
    print(hdr)
    for name in ("dramasearch", "xapian", "fts5"):
        x = idx[name]
        docs = (x.get("self_report") or {}).get("documents")
        print(f"{name:<14}{fmt(x['wall_s']):>9}{fmt(x.get('cpu_s')):>8}{fmt(x['articles_per_s']):>12}{fmt(x['mb_per_s']):>8}"
              f"{fmt(docs):>13}{fmt(x['index_bytes'] / 1e6):>11}{fmt(x.get('compacted_bytes', 0) / 1e6):>11}"
              f"{fmt((x['max_rss_kb'] or 0) / 1024):>13}")
    print("  (fts5 'compacted' = after optimize + VACUUM)")
    print("\nQueries (latency, microseconds)")
    print(f"{'':<27}{'p50':>10}{'p95':>10}{'p99':>10}{'mean':>10}{'max':>10}")
    shard_runs = [n for n in qr if "shards" in n]
    for name in ("dramasearch", *shard_runs, "xapian", "xapian+snippets", "xapian+snippets+collapse", "fts5",
                 "fts5+snippets"):
        x = qr[name]
        print(f"{name:<27}{fmt(x.get('p50_us')):>10}{fmt(x.get('p95_us')):>10}{fmt(x.get('p99_us')):>10}"
              f"{fmt(x.get('mean_us')):>10}{fmt(x.get('max_us')):>10}")
    print("\nRatios dramasearch / baseline")
    print(f"  indexing throughput  vs xapian {fmt(rt['indexing_throughput_vs_xapian'])}"
          f" (CPU seconds {fmt(rt.get('indexing_cpu_vs_xapian'))})"
          f"   vs fts5 {fmt(rt['indexing_throughput_vs_fts5'])}")
    print(f"  query p99            vs xapian {fmt(rt['query_p99_vs_xapian'])}"
          f" (+snippets {fmt(rt['query_p99_vs_xapian_snippets'])},"
          f" +collapse {fmt(rt['query_p99_vs_xapian_snippets_collapse'])})"
          f"   vs fts5 {fmt(rt['query_p99_vs_fts5'])} (+snippets {fmt(rt['query_p99_vs_fts5_snippets'])})")
    sv = r.get("serve")
    if sv:
        for label, x in sv.items():
            print(f"  drama-serve {label}: {x['clients']} clients, {fmt(x['requests_per_s'])} req/s, "
                  f"p50 {fmt(x['p50_us'])} us, p99 {fmt(x['p99_us'])} us, errors {x['errors']}"
                  f" (library p99 {fmt(qr['dramasearch'].get('p99_us'))} us)")
    for name in shard_runs:
        print(f"  query p99 {name} vs one index {fmt(ratio(qr[name].get('p99_us'), qr['dramasearch'].get('p99_us')))}")
    print(f"  index size           vs xapian {fmt(rt['index_size_vs_xapian'])}"
          f"   vs xapian compacted {fmt(rt['index_size_vs_xapian_compacted'])}"
          f" (both compacted {fmt(rt['compacted_index_size_vs_xapian_compacted'])})"
          f"   vs fts5 {fmt(rt['index_size_vs_fts5'])}")
    bd = r.get("breakdown") or {}
    if bd:
        e = bd["estimate"]
        print("\ndrama-index breakdown")
        print(f"  drama-index passages (analysis, no Xapian): {fmt(e['analysis_s'])} s"
              f" ({fmt(bd['analysis_only']['articles_per_s'])} articles/s)")
        print(f"  => index writing (terms, Xapian, rest):     {fmt(e['index_writing_s'])} s")
        print(f"  drama-index --no-despin:                    {fmt(bd['no_despin']['wall_s'])} s"
              f"  => spin repair (with its alternate terms) ~ {fmt(e['spin_repair_s'])} s")
        print(f"  bench-xapian --no-title:                    {fmt(bd['xapian_no_title']['wall_s'])} s"
              f"  => title terms in every passage ~ {fmt(100 * (e['title_terms_share_of_xapian'] or 0))}% of raw Xapian")
    print(f"\ntotal {r['total_s']} s" + (f" (build {r['build_s']} s)" if "build_s" in r else ""))


def fmt_load(l):
    return "-" if not l else "/".join(f"{x:.1f}" for x in l)
