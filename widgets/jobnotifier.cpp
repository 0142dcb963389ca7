// SPDX-License-Identifier: GPL-2.0-or-later
#include "jobnotifier.h"

#include "jobmodel.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Stasis
{

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
    const QString title = tr("%1: %2").arg(JobModel::stateText(record->state), record->description);
    const QString text = record->state == JobQueue::State::Failed ? record->errorText : tr("Took %1.").arg(JobModel::elapsedText(elapsed));

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
