#pragma once

#include <QString>
#include <QtGlobal>

// Deterministic answers that exercise a markdown renderer: a heading, a paragraph quoting the
// user, a bullet list, a fenced code block with a language, a GFM table and a link, with some
// multi-byte characters (é, —, “”, 🙂) early on. The same prompt and seed give the same text;
// different choice indices give different texts.
namespace SimAnswer {

// `prompt` is the user's last message (directives already removed). With minTokens > 0, more
// sections are added until the answer has at least that many tokens.
QString markdown(const QString &prompt, quint64 seed, int index, int minTokens = 0);
// The thinking text a reasoning model emits before its answer.
QString reasoning(const QString &prompt, quint64 seed, int index);
// A city named in the prompt ("weather in Lyon"), else one picked by the seed.
QString cityFor(const QString &prompt, quint64 seed);
// FNV-1a 64-bit, the seed source.
quint64 hash(const QByteArray &bytes);

} // namespace SimAnswer
