// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "jobqueue.h"

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Stasis
{

class JobModel;

/// The jobs of a JobQueue: a table (progress drawn as bars), Cancel and
/// Retry for the selected job (enabled by its state), "Clear finished", and
/// a read-only pane with the selected job's log, error and details.
///
/// To wire it into a window: make one JobQueue for the application, put a
/// JobsPanel(queue) in a tab, show JobQueue::summary() in the status bar and
/// update it on JobQueue::summaryChanged; queue work with JobQueue::enqueue().
class JobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)

public:
    explicit JobsPanel(JobQueue *queue, QWidget *parent = nullptr);
    ~JobsPanel() override;

    JobModel *model() const
    {
        return m_model;
    }
    QTableView *view() const
    {
        return m_view;
    }
    /// The selected job's id; 0 when none is selected.
    JobQueue::Id selectedId() const;
    /// Selects the row of job @p id.
    void select(JobQueue::Id id);

    /// The text the details pane shows for @p record.
    static QString detailsText(const JobQueue::Record &record);

private:
    void updateSelection();

    JobQueue *m_queue;
    JobModel *m_model;
    QTableView *m_view;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_clear;
    QPlainTextEdit *m_details;
};

} // namespace Stasis
