#include "benchcorpus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace {
const char *const kSections[] = {
    "## Streaming section\n\nA paragraph with *emphasis*, **strong text**, `inline code` and a "
    "[link](https://example.com/docs). It goes on for a while, as model answers do, explaining "
    "one idea after another in plain words.\n\n",
    "- first point, short\n- second point with `code`\n- third point that is a little longer and "
    "wraps onto the next line in a narrow window\n\n",
    "```cpp\n#include <vector>\n\nint sum(const std::vector<int> &v)\n{\n    int total = 0;\n"
    "    for (int x : v)\n        total += x;\n    return total;\n}\n```\n\n",
    "| parameter | value | meaning |\n|---|---:|:---|\n| temperature | 0.7 | randomness |\n"
    "| top_p | 0.95 | nucleus |\n| top_k | 40 | candidates |\n\n",
    "> A quoted remark, with a footnote-like aside and ~~struck~~ text.\n\n",
    "1. step one\n2. step two, which has more to say\n3. step three\n\n",
};
} // namespace

QStringList BenchCorpus::markdownTokens(int count)
{
    QString text;
    // LOQUAT_BENCH_CODE_LINES=N: the answer opens with one fenced code block of N lines (Qt lays a
    // table out whole on each change, and code blocks are tables: see BENCHMARKS.md, "Issue 4").
    const int codeLines = qEnvironmentVariableIntValue("LOQUAT_BENCH_CODE_LINES");
    if (codeLines > 0) {
        text = QStringLiteral("Here it is:\n\n```cpp\n");
        for (int i = 0; i < codeLines; ++i)
            text += QStringLiteral("    int value%1 = compute(%1, other + %1); // line %1\n").arg(i);
        text += QStringLiteral("```\n\n");
    }
    int section = 0;
    // About 4 characters a token, as with real tokenizers on English text.
    while (text.size() < qsizetype(count) * 4)
        text += QString::fromUtf8(kSections[section++ % std::size(kSections)]);
    QStringList tokens;
    tokens.reserve(count);
    qsizetype pos = 0;
    unsigned seed = 12345;
    while (tokens.size() < count && pos < text.size()) {
        seed = seed * 1103515245u + 12345u;
        const qsizetype len = 1 + (seed >> 16) % 6;
        tokens.append(text.mid(pos, len));
        pos += len;
    }
    return tokens;
}

QByteArray BenchCorpus::vllmStream(const QStringList &tokens)
{
    const QByteArray head =
        "data: {\"id\":\"chatcmpl-8c1f2e0a9b7d4c65\",\"object\":\"chat.completion.chunk\","
        "\"created\":1747650000,\"model\":\"qwen3-8b\",\"choices\":[{\"index\":0,\"delta\":";
    QByteArray out;
    out.reserve(qsizetype(tokens.size()) * 190);
    out += head + "{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}],"
                  "\"prompt_token_ids\":null,\"prompt_text\":null}\n\n";
    for (const QString &token : tokens) {
        // QJsonValue escapes the token exactly as a JSON string must be.
        const QByteArray quoted =
            QJsonDocument(QJsonObject{{QStringLiteral("c"), token}}).toJson(QJsonDocument::Compact).mid(5);
        out += head + "{\"content\":" + quoted.chopped(1) +
               "},\"logprobs\":null,\"finish_reason\":null,\"token_ids\":null}]}\n\n";
    }
    out += head + "{\"content\":\"\"},\"logprobs\":null,\"finish_reason\":\"stop\",\"stop_reason\":null,"
                  "\"token_ids\":null}]}\n\n";
    out +=
        "data: "
        "{\"id\":\"chatcmpl-8c1f2e0a9b7d4c65\",\"object\":\"chat.completion.chunk\",\"created\":1747650000,"
        "\"model\":\"qwen3-8b\",\"choices\":[],\"usage\":{\"prompt_tokens\":14,\"total_tokens\":" +
        QByteArray::number(tokens.size() + 14) +
        ",\"completion_tokens\":" + QByteArray::number(tokens.size()) + "}}\n\n";
    out += "data: [DONE]\n\n";
    return out;
}
