// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDir>
#include <QMessageBox>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Stasis
{

class MainWindow;

/// `stasis --tour DIR`: drives the seed's example through the real window —
/// a counting container is checkpointed (it stops), restored (it counts on
/// from its last value), exported to an archive, its checkpoint removed,
/// the archive imported again and the container rewound to the imported
/// checkpoint — and saves a PNG of the window after each step into DIR.
/// Quits with 0 when every step did what it should, 1 otherwise (with the
/// reason on stderr).
class Tour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Tour)

public:
    static void start(MainWindow *window, const QString &directory);

private:
    Tour(MainWindow *window, const QString &directory);

    void createCounter();
    void checkpoint();
    void restore();
    void exportArchive();
    void removeCheckpoint();
    void importArchive();
    void rewind();
    void finish();
    /// Clicks the @p role button of the open question box named @p questionName; false when none is open.
    bool answer(const QString &questionName, QMessageBox::ButtonRole role);

    /// Calls @p next once the most recent job ended well.
    void afterLastJob(const std::function<void()> &next);
    /// Calls @p next once the counter printed a value above @p value (or,
    /// when @p below, a value at or below it after higher ones).
    void afterCounterPast(int value, const std::function<void()> &next);
    void afterCounterRewoundTo(int value, const std::function<void()> &next);
    void pollCounter(const std::function<bool(const QList<int> &)> &done, const std::function<void()> &next);
    void shoot(const QString &name, QWidget *widget = nullptr);
    void fail(const QString &why);

    MainWindow *m_window;
    QDir m_directory;
    QString m_container;
    QString m_containerId;
    QString m_archive;
    int m_shots = 0;
    int m_lastBeforeCheckpoint = -1;
    QTimer m_deadline;
};

} // namespace Stasis
