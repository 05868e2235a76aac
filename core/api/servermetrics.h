#pragma once

#include <QByteArrayView>

#include <optional>

// What the status bar shows from a server's /metrics (Prometheus text): requests running and
// waiting, and KV-cache usage. Each figure is absent when the server does not expose it.
// Understands vLLM's names (§15.1: vllm:num_requests_running, vllm:num_requests_waiting,
// vllm:kv_cache_usage_perc, and the pre-v0.12 vllm:gpu_cache_usage_perc) and llama.cpp's
// (llamacpp:requests_processing, llamacpp:requests_deferred, llamacpp:kv_cache_usage_ratio).
// Series of several engines (data parallelism) or models are summed; KV usage is their mean.
struct ServerMetrics {
    std::optional<double> running;
    std::optional<double> waiting;
    std::optional<double> kvCacheUsage; // 0…1

    bool isEmpty() const { return !running && !waiting && !kvCacheUsage; }

    static ServerMetrics fromPrometheus(QByteArrayView text);
};
