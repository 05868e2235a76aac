#include "servermetrics.h"

#include <QByteArray>
#include <QList>

#include <cmath>

namespace {

struct Sum {
    double total = 0;
    int count = 0;
    void add(double value)
    {
        total += value;
        ++count;
    }
    std::optional<double> sum() const { return count ? std::optional<double>(total) : std::nullopt; }
    std::optional<double> mean() const { return count ? std::optional<double>(total / count) : std::nullopt; }
};

// Splits "name{labels} value [timestamp]" into name and value; false for anything else.
bool parseSample(QByteArrayView line, QByteArrayView &name, double &value)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] != '{' && line[i] != ' ' && line[i] != '\t')
        ++i;
    name = line.first(i);
    if (name.isEmpty())
        return false;
    if (i < line.size() && line[i] == '{') {
        bool quoted = false;
        for (++i; i < line.size(); ++i) {
            const char c = line[i];
            if (quoted && c == '\\') {
                ++i; // an escaped character inside a label value
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '}' && !quoted) {
                ++i;
                break;
            }
        }
    }
    QByteArrayView rest = line.sliced(std::min(i, line.size())).trimmed();
    const qsizetype space = rest.indexOf(' ');
    if (space >= 0)
        rest = rest.first(space);
    bool ok = false;
    value = rest.toDouble(&ok);
    return ok && std::isfinite(value);
}

} // namespace

ServerMetrics ServerMetrics::fromPrometheus(QByteArrayView text)
{
    Sum running, waiting, kv, kvLegacy, llamaRunning, llamaWaiting, llamaKv;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QByteArrayView name;
        double value = 0;
        if (!parseSample(line, name, value))
            continue;
        if (name == "vllm:num_requests_running")
            running.add(value);
        else if (name == "vllm:num_requests_waiting")
            waiting.add(value);
        else if (name == "vllm:kv_cache_usage_perc")
            kv.add(value);
        else if (name == "vllm:gpu_cache_usage_perc")
            kvLegacy.add(value);
        else if (name == "llamacpp:requests_processing")
            llamaRunning.add(value);
        else if (name == "llamacpp:requests_deferred")
            llamaWaiting.add(value);
        else if (name == "llamacpp:kv_cache_usage_ratio")
            llamaKv.add(value);
    }
    ServerMetrics metrics;
    metrics.running = running.count ? running.sum() : llamaRunning.sum();
    metrics.waiting = waiting.count ? waiting.sum() : llamaWaiting.sum();
    // The new name first, then the one removed in v0.12 (both exist on v0.10–v0.11 servers).
    metrics.kvCacheUsage = kv.count ? kv.mean() : (kvLegacy.count ? kvLegacy.mean() : llamaKv.mean());
    if (metrics.kvCacheUsage)
        metrics.kvCacheUsage = std::clamp(*metrics.kvCacheUsage, 0.0, 1.0);
    return metrics;
}
