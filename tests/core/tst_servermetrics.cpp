#include "api/servermetrics.h"

#include <QTest>

// Prometheus text as vLLM (current and old) and llama.cpp expose it.
class TestServerMetrics final : public QObject {
    Q_OBJECT

private slots:
    void currentVllm()
    {
        const QByteArray text =
            "# HELP vllm:num_requests_running Number of requests in model execution batches.\n"
            "# TYPE vllm:num_requests_running gauge\n"
            "vllm:num_requests_running{engine=\"0\",model_name=\"qwen3-8b\"} 3.0\n"
            "vllm:num_requests_waiting{engine=\"0\",model_name=\"qwen3-8b\"} 7.0\n"
            "vllm:num_requests_waiting_by_reason{engine=\"0\",model_name=\"q\",reason=\"capacity\"} 7.0\n"
            "vllm:kv_cache_usage_perc{engine=\"0\",model_name=\"qwen3-8b\"} 0.4257\n"
            "vllm:prompt_tokens_total{engine=\"0\",model_name=\"qwen3-8b\"} 12345.0\n"
            "http_requests_total{handler=\"/v1/chat/completions\",method=\"POST\",status=\"2xx\"} 9.0\n";
        const ServerMetrics m = ServerMetrics::fromPrometheus(text);
        QCOMPARE(m.running.value_or(-1), 3.0);
        QCOMPARE(m.waiting.value_or(-1), 7.0);
        QCOMPARE(m.kvCacheUsage.value_or(-1), 0.4257);
        QVERIFY(!m.isEmpty());
    }

    void dataParallelEnginesAreSummedAndAveraged()
    {
        const QByteArray text = "vllm:num_requests_running{engine=\"0\",model_name=\"m\"} 2\n"
                                "vllm:num_requests_running{engine=\"1\",model_name=\"m\"} 5\n"
                                "vllm:num_requests_waiting{engine=\"0\",model_name=\"m\"} 0\n"
                                "vllm:num_requests_waiting{engine=\"1\",model_name=\"m\"} 1\n"
                                "vllm:kv_cache_usage_perc{engine=\"0\",model_name=\"m\"} 0.2\n"
                                "vllm:kv_cache_usage_perc{engine=\"1\",model_name=\"m\"} 0.6\n";
        const ServerMetrics m = ServerMetrics::fromPrometheus(text);
        QCOMPARE(m.running.value_or(-1), 7.0);
        QCOMPARE(m.waiting.value_or(-1), 1.0);
        QVERIFY(qAbs(m.kvCacheUsage.value_or(-1) - 0.4) < 1e-9);
    }

    void olderAndOtherServers()
    {
        // Before v0.12: gpu_cache_usage_perc (both names on v0.10–v0.11: the new one wins).
        ServerMetrics m = ServerMetrics::fromPrometheus("vllm:gpu_cache_usage_perc{model_name=\"m\"} 0.5\n");
        QCOMPARE(m.kvCacheUsage.value_or(-1), 0.5);
        m = ServerMetrics::fromPrometheus("vllm:gpu_cache_usage_perc{model_name=\"m\"} 0.5\n"
                                          "vllm:kv_cache_usage_perc{model_name=\"m\"} 0.25\n");
        QCOMPARE(m.kvCacheUsage.value_or(-1), 0.25);
        QVERIFY(!m.running);
        // llama.cpp with --metrics.
        m = ServerMetrics::fromPrometheus("# TYPE llamacpp:requests_processing gauge\n"
                                          "llamacpp:requests_processing 1\nllamacpp:requests_deferred 4\n"
                                          "llamacpp:kv_cache_usage_ratio 0.125\n");
        QCOMPARE(m.running.value_or(-1), 1.0);
        QCOMPARE(m.waiting.value_or(-1), 4.0);
        QCOMPARE(m.kvCacheUsage.value_or(-1), 0.125);
    }

    void oddTextIsSurvived()
    {
        // Braces and spaces inside label values, timestamps, CRLF, NaN, junk, nothing known.
        const QByteArray text =
            "vllm:num_requests_running{model_name=\"we}ird m\\\"odel\",engine=\"0\"} 4 1712345678000\r\n"
            "vllm:num_requests_waiting{model_name=\"m\"} NaN\n"
            "garbage line without value\n"
            "{} 3\n"
            "vllm:kv_cache_usage_perc 7\n"; // out of range: clamped
        const ServerMetrics m = ServerMetrics::fromPrometheus(text);
        QCOMPARE(m.running.value_or(-1), 4.0);
        QVERIFY(!m.waiting);
        QCOMPARE(m.kvCacheUsage.value_or(-1), 1.0);
        QVERIFY(ServerMetrics::fromPrometheus("").isEmpty());
        QVERIFY(ServerMetrics::fromPrometheus("<html>not metrics</html>").isEmpty());
        QVERIFY(ServerMetrics::fromPrometheus("process_cpu_seconds_total 1.5\n").isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestServerMetrics)
#include "tst_servermetrics.moc"
