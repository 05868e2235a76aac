#pragma once

#include <QString>

class QLabel;

// The one way the embeddings views show a line of status: hidden when empty, in the text colour,
// or in red for a problem (with an "isError" property that tests and styles can read).
namespace StatusText {

void show(QLabel *label, const QString &text, bool isError = false);

} // namespace StatusText
