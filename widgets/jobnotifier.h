// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "jobqueue.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace Stasis
{

/// Tells the desktop when a long job ends while the user looks elsewhere.
///
/// When a job that ran at least thresholdSeconds() ends (done, failed or
/// cancelled) and @p window is not the active window, it calls
/// QApplication::alert(window) (the task bar entry asks for attention) and,
/// when QSystemTrayIcon::isSystemTrayAvailable(), shows a tray message. The
/// tray icon (the window's icon) is made on the first message and stays.
/// Names and error texts in the message come from engines and archives:
/// hidden characters show as escapes (UntrustedText), and the body, which
/// notification servers read as markup, has its markup escaped.
class JobNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobNotifier)

public:
    static constexpr int defaultThresholdSeconds = 10;

    JobNotifier(JobQueue *queue, QWidget *window, QObject *parent = nullptr);
    ~JobNotifier() override;

    int thresholdSeconds() const
    {
        return m_thresholdSeconds;
    }
    void setThresholdSeconds(int seconds);

Q_SIGNALS:
    /// Emitted for every notification given, with its title and text as
    /// handed to the desktop (the text escaped for markup).
    void notified(Stasis::JobQueue::Id id, const QString &title, const QString &text);

private:
    void jobFinished(JobQueue::Id id);

    JobQueue *m_queue;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    int m_thresholdSeconds = defaultThresholdSeconds;
};

} // namespace Stasis
