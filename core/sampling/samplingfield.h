#pragma once

#include <QString>
#include <QStringList>

#include <limits>

// One sampling field of vLLM's /v1/chat/completions, as the app knows it: its wire name, its type,
// its valid range and how to explain it. The table of all of them is SamplingFields::all(); the
// panel, the command line and the request checks all read that one table.
struct SamplingField {
    enum class Kind {
        Number,      // a JSON number (float)
        Integer,     // a JSON integer
        Boolean,     // true / false (sending false is different from not sending it)
        Choice,      // one string of `choices`
        StringList,  // an array of strings (stop, structured choice)
        IntegerList, // an array of integers (stop_token_ids)
        Regex,       // a regular expression string
        JsonSchema,  // a JSON Schema object
    };
    enum class Group { Randomness, Length, Penalties, Stopping, Choices, Logprobs, Structured, Reasoning };

    static constexpr double kUnbounded = std::numeric_limits<double>::infinity();

    QString key; // vLLM's name; a dotted path inside an object ("chat_template_kwargs.enable_thinking")
    Kind kind = Kind::Number;
    Group group = Group::Randomness;
    const char *label = "";   // untranslated; label() translates
    const char *tooltip = ""; // untranslated; tooltip() translates
    double minimum = -kUnbounded;
    double maximum = kUnbounded;
    bool minimumInclusive = true;
    bool maximumInclusive = true;
    QStringList choices;   // Choice
    QString serverDefault; // what the server uses when the field is not sent, as shown to the user
    double step = 1;       // for spin boxes
    int decimals = 0;      // for spin boxes
    double uiMaximum = 0;  // a spin box needs a finite top: used when `maximum` is unbounded

    QString labelText() const;   // translated
    QString tooltipText() const; // the tooltip with the valid range and the server default
    QString rangeText() const;   // "0 ≤ value ≤ 2", "(0, 1]", ... empty when anything goes
    bool isNumeric() const { return kind == Kind::Number || kind == Kind::Integer; }
};
