#pragma once

#include "samplingfield.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// A value the app refuses to send, with the field it belongs to (its key, "" for the whole body).
struct SamplingIssue {
    QString key;
    QString message; // one translated sentence

    bool operator==(const SamplingIssue &) const = default;
};

// Everything the app knows about vLLM's sampling fields (protocol reference §6.1), in one table.
//
// Parameters travel as a QJsonObject holding only the fields the user set explicitly, under
// vLLM's own names, shaped exactly as they go into the request body (nested objects for
// `chat_template_kwargs` and `structured_outputs`). A field that is absent is "server default".
class SamplingFields final {
    Q_DECLARE_TR_FUNCTIONS(SamplingFields)

public:
    static const QList<SamplingField> &all();
    static const SamplingField *find(QStringView key); // nullptr for a field the table does not know
    static QString groupTitle(SamplingField::Group group);
    static QList<SamplingField::Group> groups(); // in display order

    // Values at dotted paths ("structured_outputs.regex"); removing the last key of a nested
    // object removes the object too, so "nothing set" is always an empty object.
    static QJsonValue valueAt(const QJsonObject &params, QStringView key);
    static void setValueAt(QJsonObject &params, QStringView key, const QJsonValue &value);
    static void removeAt(QJsonObject &params, QStringView key);
    // The table's fields that `params` sets, in table order.
    static QStringList setKeys(const QJsonObject &params);

    // Why the value is not acceptable for the field (empty when it is): type, range, emptiness.
    static QString checkValue(const SamplingField &field, const QJsonValue &value);
    // Every problem with a set of parameters: each field's value, then the rules between fields
    // (top_logprobs needs logprobs, n > 1 needs a temperature above 0, min_tokens ≤ max tokens,
    // one kind of structured output). Empty when the request may be sent.
    static QList<SamplingIssue> check(const QJsonObject &params);
    // Structural checks of a JSON Schema (types, properties, required, items, enum, bounds), so a
    // schema with a typo is caught before vLLM compiles it. Empty when it looks valid.
    static QString checkJsonSchema(const QJsonObject &schema);

    // A value typed as text (command line, sweeps): "0.7", "true", "[\"a\",\"b\"]", "a,b" is not a list.
    // Known fields are parsed by their kind; unknown ones as JSON when the text parses, else as a string.
    static QJsonValue parseValue(QStringView key, const QString &text, QString *error);
    // Splits at top-level commas; commas inside [], {} or double quotes do not split.
    static QStringList splitTopLevel(const QString &text);
    // "temperature=0.2,top_p=0.9" into `params` (commas inside [], {} or quotes do not split).
    static bool parseAssignments(const QString &text, QJsonObject &params, QString *error);
    // "temperature=0.7": how a field's value reads in lane labels and diffs.
    static QString describe(QStringView key, const QJsonValue &value);
    // Every (dotted) key `params` sets, whether the table knows it or not, sorted: the top-level
    // keys, and inside chat_template_kwargs / structured_outputs their own keys.
    static QStringList flatKeys(const QJsonObject &params);

    // vLLM reads `max_completion_tokens` (and still accepts `max_tokens`); llama.cpp's server
    // reads only `max_tokens`. The budget is kept as max_completion_tokens and renamed here for
    // a server that owns its models as "llamacpp".
    static QJsonObject forServer(QJsonObject params, const QString &ownedBy);
    // The token budget a body asks for (max_completion_tokens wins, as in vLLM); -1 when unset.
    static qint64 tokenBudget(const QJsonObject &params);
};
