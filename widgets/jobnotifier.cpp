// SPDX-License-Identifier: GPL-2.0-or-later
#include "jobnotifier.h"

#include "jobmodel.h"
#include "untrustedtext.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Stasis
{

namespace
{

/// @p text for a notification body, which the desktop's notification server
/// reads as markup (the freedesktop "body-markup" capability: `<b>`, `<a
/// href>`, `<img>`). Quotes stay, as they mean something in attributes only:
/// the many messages that quote a name still read well where the body shows
/// as plain text (Qt's own balloon, for trays without StatusNotifierItem).
QString markupEscaped(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

} // namespace

JobNotifier::JobNotifier(JobQueue *queue, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_window(window)
{
    connect(queue, &JobQueue::jobFinished, this, &JobNotifier::jobFinished);
}

JobNotifier::~JobNotifier() = default;

void JobNotifier::setThresholdSeconds(int seconds)
{
    m_thresholdSeconds = std::max(0, seconds);
}

void JobNotifier::jobFinished(JobQueue::Id id)
{
    const JobQueue::Record *record = m_queue->record(id);
    if (!record || !m_window || m_window->isActiveWindow()) {
        return;
    }
    const qint64 elapsed = m_queue->elapsedMs(*record);
    if (elapsed < 0 || elapsed < qint64(m_thresholdSeconds) * 1000) {
        return;
    }
    // Descriptions and errors quote container and checkpoint names and the engine's words. The
    // title (the notification's summary) is plain text to the server, the body markup.
    const QString title = UntrustedText::escaped(tr("%1: %2").arg(JobModel::stateText(record->state), record->description));
    const QString text = markupEscaped(
        UntrustedText::escaped(record->state == JobQueue::State::Failed ? record->errorText : tr("Took %1.").arg(JobModel::elapsedText(elapsed))));

    QApplication::alert(m_window);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            m_tray->show();
        }
        m_tray->showMessage(title, text, record->state == JobQueue::State::Failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
    Q_EMIT notified(id, title, text);
}

} // namespace Stasis
