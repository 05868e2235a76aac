#pragma once

#include <QString>

class QCoreApplication;

// Puts the interface in the language chosen in Preferences (else the system's): Loquat's own
// translations (:/i18n/loquat_<lang>.qm, compiled into the app) and Qt's (the standard buttons
// and dialogs, from Qt's translations folder when installed). Numbers and dates follow the
// chosen language too. Done once, at start: a running window is not translated again, which is
// why Preferences says a change needs a restart.
class InterfaceLanguage final {
public:
    static void install(QCoreApplication *app);
    // The language code this run was started with ("" for the system's), whatever was chosen since.
    static QString running();
};
