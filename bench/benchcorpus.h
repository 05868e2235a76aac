#pragma once

#include <QByteArray>
#include <QStringList>

// Deterministic inputs for the benchmarks: a realistic markdown answer cut into tokens, and the
// exact bytes vLLM would stream for it.
namespace BenchCorpus {
// About `count` tokens of mixed markdown (headings, paragraphs, lists, code, tables, quotes),
// each token a piece of 1 to 6 characters as a tokenizer would produce.
QStringList markdownTokens(int count);
// A vLLM (current dialect) chat stream carrying `tokens`, with role, finish and usage chunks.
QByteArray vllmStream(const QStringList &tokens);
} // namespace BenchCorpus
