#!/usr/bin/python3
# The peer of tst_metricsparse_client: Debian's python3-prometheus-client (the official Python
# client) writes an exposition and parses it back with its own parser.
#
#   prometheus_client_exposition.py prometheus|openmetrics          JSON: {"text", "client", "samples"}
#   prometheus_client_exposition.py prometheus|openmetrics --text   the exposition text alone
#
# "text" is generate_latest(registry) (Prometheus text 0.0.4) or
# prometheus_client.openmetrics.exposition.generate_latest (OpenMetrics 1.0); "samples" is what
# text_string_to_metric_families (prometheus_client.parser or prometheus_client.openmetrics.parser)
# reads from that same text, in order: family name and type, sample name, labels, value (as text:
# repr() of the float, or NaN, +Inf, -Inf), timestamp (in ms) and exemplar when there are any.
# Exit status 3: prometheus_client is not importable.
import json
import math
import sys

try:
    import prometheus_client
    from prometheus_client import (CollectorRegistry, Counter, Enum, Gauge, Histogram, Info, Summary,
                                   generate_latest)
    from prometheus_client.openmetrics.exposition import generate_latest as generate_latest_openmetrics
    from prometheus_client.openmetrics.parser import text_string_to_metric_families as parse_openmetrics
    from prometheus_client.parser import text_string_to_metric_families as parse_prometheus
except ImportError as e:
    print(f'prometheus_client is not importable: {e}', file=sys.stderr)
    sys.exit(3)

HOSTILE = [
    'plain',
    'with "double quotes"',
    'back\\slash and trailing \\',
    'line one\nline two\n',
    'Niño año ñ, acción, pingüino, ¿qué? ¡sí!',
    'emoji 🚀🔥 and 👩‍💻 (a ZWJ sequence)',
    '',
    'all at once: "\\n" \\" \n ñ 🚀 {a="b"} , = #',
    'tab\tand carriage\rreturn',
    'x' * 2000 + ' ñ ' + '🚀' * 300,
]


def build(registry):
    plain = Counter('capataz_jobs_done', 'Jobs done, no labels.', registry=registry)
    plain.inc(41)
    plain.inc(0.5)
    labelled = Counter('capataz_requests', 'Requests by "path" \\ and\nmethod.', ['path', 'method'],
                       registry=registry)
    for i, value in enumerate(HOSTILE):
        labelled.labels(path=value, method='GET' if i % 2 else 'POST').inc(i * 3 + 1)
    # Exemplars are written in OpenMetrics only.
    labelled.labels(path='/exemplar', method='PUT').inc(2, exemplar={'trace_id': 'ñ🚀 "q" \\'})
    Counter('capataz_never', 'A counter never incremented.', ['kind'], registry=registry).labels(kind='none')

    gauge = Gauge('capataz_temperature_celsius', 'Gauges: ordinary, NaN, infinities, tiny, huge.', ['sensor'],
                  registry=registry)
    for sensor, value in [('a', 21.5), ('nan', math.nan), ('inf', math.inf), ('-inf', -math.inf),
                          ('zero', 0.0), ('neg', -3.25), ('tiny', 5e-324), ('huge', 1.7976931348623157e308),
                          ('third', 1 / 3), ('int', 12345678901234.0)]:
        gauge.labels(sensor=sensor).set(value)
    Gauge('capataz_up', 'A gauge without labels.', registry=registry).set(1)
    odd = Gauge('capataz_label_names', 'Label names of all shapes.', ['_underscore', 'CamelCase', 'x9'],
                registry=registry)
    odd.labels(_underscore='ñ', CamelCase='"', x9='\\').set(7)

    # A confidence histogram: custom buckets 0.8 .. 1.0.
    confidence = Histogram('capataz_match_confidence', 'Confidence of matches.', ['model'],
                           buckets=[0.8, 0.85, 0.9, 0.925, 0.95, 0.975, 0.99, 1.0], registry=registry)
    for model, observations in [('es', [0.81, 0.86, 0.9, 0.97, 0.999, 1.0, 0.5]),
                                ('niño 🚀', [0.95, 0.95, 1.2]), ('', [])]:
        child = confidence.labels(model=model)
        for o in observations:
            child.observe(o)
    confidence.labels(model='es').observe(0.93, exemplar={'trace_id': 'abc123', 'span': ''})
    latency = Histogram('capataz_request_seconds', 'Default buckets, no labels.', registry=registry)
    for o in [0.001, 0.02, 0.3, 4.0, 11.0, 0.0]:
        latency.observe(o)

    size = Summary('capataz_payload_bytes', 'A summary with labels.', ['direction'], registry=registry)
    for direction, observations in [('in', [10, 20, 30.5]), ('out "\\\n"', [1e9]), ('none', [])]:
        child = size.labels(direction=direction)
        for o in observations:
            child.observe(o)
    Summary('capataz_wait_seconds', 'A summary without labels.', registry=registry).observe(0.25)

    Info('capataz_build', 'Build information.', registry=registry).info(
        {'version': '1.2.3-ñ', 'commit': 'abc"def\\', 'note': 'line\nbreak 🚀', 'empty': ''})
    state = Enum('capataz_phase', 'Phase of the run.', ['job'],
                 states=['idle', 'running', 'año 🚀', 'done'], registry=registry)
    state.labels(job='backup "nightly"').state('año 🚀')
    state.labels(job='').state('idle')


def number(v):
    if math.isnan(v):
        return 'NaN'
    if math.isinf(v):
        return '+Inf' if v > 0 else '-Inf'
    return repr(float(v))


def milliseconds(t):
    # The OpenMetrics parser keeps exact (sec, nsec) timestamps; the text parser floats.
    if hasattr(t, 'sec') and hasattr(t, 'nsec'):
        return t.sec * 1000 + t.nsec // 1000000
    return math.floor(float(t) * 1000)


def parsed(families):
    out = []
    for family in families:
        for s in family.samples:
            item = {'family': family.name, 'type': family.type, 'name': s.name, 'labels': s.labels,
                    'value': number(s.value)}
            if s.timestamp is not None:
                item['timestamp_ms'] = milliseconds(s.timestamp)
            if s.exemplar is not None:
                item['exemplar'] = {'labels': s.exemplar.labels, 'value': number(s.exemplar.value)}
                if s.exemplar.timestamp is not None:
                    item['exemplar']['timestamp_ms'] = milliseconds(s.exemplar.timestamp)
            out.append(item)
    return out


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ('prometheus', 'openmetrics'):
        print('usage: prometheus_client_exposition.py prometheus|openmetrics [--text]', file=sys.stderr)
        return 2
    registry = CollectorRegistry()
    build(registry)
    if sys.argv[1] == 'prometheus':
        text = generate_latest(registry).decode('utf-8')
        samples = parsed(parse_prometheus(text))
    else:
        text = generate_latest_openmetrics(registry).decode('utf-8')
        samples = parsed(parse_openmetrics(text))
    if '--text' in sys.argv[2:]:
        sys.stdout.write(text)
        return 0
    client = getattr(prometheus_client, '__version__', None)
    if client is None:
        try:
            from importlib.metadata import version
            client = version('prometheus_client')
        except Exception:  # noqa: BLE001 (the version is only shown)
            client = 'unknown'
    json.dump({'text': text, 'client': client, 'file': prometheus_client.__file__, 'samples': samples},
              sys.stdout, ensure_ascii=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
