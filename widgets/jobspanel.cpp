// SPDX-License-Identifier: GPL-2.0-or-later
#include "jobspanel.h"

#include "jobmodel.h"
#include "jobprogressdelegate.h"
#include "plaintext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Stasis
{

namespace
{
QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) : QString();
}
} // namespace

JobsPanel::JobsPanel(JobQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new JobModel(queue, this))
    , m_view(new QTableView(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_clear(new QPushButton(tr("Clear finished"), this))
    , m_details(new QPlainTextEdit(this))
{
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(m_model);
    PlainText::showToolTipsPlain(m_view);
    m_view->setItemDelegateForColumn(JobModel::ProgressColumn, new JobProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Cancel the selected job: a queued job is dropped, a running one stopped"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Run the selected failed or cancelled job again"));
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_clear->setToolTip(tr("Remove the jobs that ended from the list"));

    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a job to see its messages and error details."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    buttons->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(splitter);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_queue->cancel(selectedId());
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_queue->retry(selectedId());
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_queue->clearFinished();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPanel::updateSelection);
    connect(m_queue, &JobQueue::recordChanged, this, &JobsPanel::updateSelection);
    connect(m_queue, &JobQueue::recordAdded, this, &JobsPanel::updateSelection);
    connect(m_queue, &JobQueue::recordRemoved, this, &JobsPanel::updateSelection);
    updateSelection();
}

JobsPanel::~JobsPanel() = default;

JobQueue::Id JobsPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(JobModel::IdRole).value<JobQueue::Id>();
}

void JobsPanel::select(JobQueue::Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectionModel()->select(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
}

QString JobsPanel::detailsText(const JobQueue::Record &record)
{
    QStringList lines{tr("%1 — %2").arg(record.description, JobModel::stateText(record.state))};
    if (!record.containerKey.isEmpty()) {
        lines.append(tr("Container: %1").arg(record.containerKey));
    }
    lines.append(tr("Queued: %1").arg(timeText(record.queuedAt)));
    if (record.startedAt.isValid()) {
        lines.append(tr("Started: %1").arg(timeText(record.startedAt)));
    }
    if (record.finishedAt.isValid()) {
        lines.append(tr("Ended: %1").arg(timeText(record.finishedAt)));
    }
    if (record.attempts > 1) {
        lines.append(tr("Runs: %1").arg(record.attempts));
    }
    if (!record.log.isEmpty()) {
        lines.append(QString());
        for (const JobQueue::LogEntry &entry : record.log) {
            lines.append(QStringLiteral("%1  %2").arg(timeText(entry.time), entry.text));
        }
    }
    if (!record.errorText.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Error: %1").arg(record.errorText));
    }
    if (!record.errorDetails.isEmpty()) {
        lines.append(record.errorDetails);
    }
    return lines.join(QLatin1Char('\n'));
}

void JobsPanel::updateSelection()
{
    const JobQueue::Record *record = m_queue->record(selectedId());
    m_cancel->setEnabled(record && record->canCancel());
    m_retry->setEnabled(record && record->canRetry());
    const QList<JobQueue::Id> ids = m_queue->ids();
    m_clear->setEnabled(std::ranges::any_of(ids, [this](JobQueue::Id id) {
        return m_queue->record(id)->isFinished();
    }));
    const QString text = record ? detailsText(*record) : QString();
    if (m_details->toPlainText() != text) {
        m_details->setPlainText(text);
    }
}

} // namespace Stasis
