#include "windowlayout.h"

#include "mainwindow.h"

#include <QEvent>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

namespace {
const QString kSplitterGroup = QStringLiteral("layout/splitters");
const QString kPageKey = QStringLiteral("layout/page");

// A widget among its parent's children: its object name, else its class and its rank among the
// siblings of that class.
QString stepName(const QObject *object)
{
    if (!object->objectName().isEmpty())
        return object->objectName();
    const QString className = QString::fromLatin1(object->metaObject()->className());
    int rank = 0;
    if (const QObject *parent = object->parent()) {
        for (const QObject *sibling : parent->children()) {
            if (sibling == object)
                break;
            if (sibling->objectName().isEmpty() &&
                QString::fromLatin1(sibling->metaObject()->className()) == className)
                ++rank;
        }
    }
    return QStringLiteral("%1#%2").arg(className).arg(rank);
}
} // namespace

WindowLayout::WindowLayout(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_window->installEventFilter(this);
}

QString WindowLayout::keyOf(const QSplitter *splitter) const
{
    QStringList steps;
    for (const QObject *o = splitter; o && o != m_window; o = o->parent())
        steps.prepend(stepName(o));
    return steps.join(QLatin1Char('/'));
}

void WindowLayout::restore()
{
    m_window->restoreLayout();
    QSettings settings;
    settings.beginGroup(kSplitterGroup);
    const QList<QSplitter *> splitters = m_window->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        const QByteArray state = settings.value(keyOf(splitter)).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
    settings.endGroup();
    bool ok = false;
    const int page = settings.value(kPageKey).toInt(&ok);
    if (ok && page >= 0 && page < m_window->pages()->count())
        m_window->pages()->setCurrentIndex(page);
}

void WindowLayout::save() const
{
    QSettings settings;
    settings.beginGroup(kSplitterGroup);
    const QList<QSplitter *> splitters = m_window->findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters)
        settings.setValue(keyOf(splitter), splitter->saveState());
    settings.endGroup();
    settings.setValue(kPageKey, m_window->pages()->currentIndex());
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    // Before MainWindow's closeEvent: it may decide to close, and the layout is the same either way.
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}
