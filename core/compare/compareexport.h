#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class CompareRun;

// A comparison written out: the prompt (and the conversation before it), and for every lane its
// model, parameters, what differs from lane 1, the exact request body, the answer, how it ended
// and its figures. JSON for tools, Markdown for people (a figures table, then each answer).
class CompareExport final {
    Q_DECLARE_TR_FUNCTIONS(CompareExport)

public:
    static QJsonObject toJson(const CompareRun &run);
    static QString toMarkdown(const CompareRun &run);
    // "412 ms" / "38.5" / "—": the figures as the table shows them.
    static QString figuresRow(const CompareRun &run, int lane);
    static QString stateText(const CompareRun &run, int lane); // "stop", "length", "stopped", "failed: …"
};
