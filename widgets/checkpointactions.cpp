// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointactions.h"

#include "checkpointdialog.h"
#include "checkpointmodel.h"
#include "checkpointrisks.h"
#include "containermodel.h"
#include "enginesession.h"
#include "plaintext.h"
#include "restoreplan.h"
#include "workspace.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace Stasis
{

CheckpointActions::CheckpointActions(Workspace *workspace,
                                     ContainerModel *containers,
                                     QItemSelectionModel *containerSelection,
                                     CheckpointModel *checkpoints,
                                     QItemSelectionModel *checkpointSelection,
                                     QMainWindow *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_containers(containers)
    , m_containerSelection(containerSelection)
    , m_checkpoints(checkpoints)
    , m_checkpointSelection(checkpointSelection)
    , m_window(window)
    , m_checkpointAction(new QAction(tr("&Checkpoint…"), this))
    , m_restoreAction(new QAction(tr("&Restore"), this))
    , m_removeAction(new QAction(tr("Re&move Checkpoints…"), this))
    , m_restoreIntoAction(new QAction(tr("Restore &Into…"), this))
    , m_checkpointFolderAction(new QAction(tr("Checkpoint &Folder…"), this))
{
    m_checkpointAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_checkpointAction->setEnabled(false);
    connect(m_checkpointAction, &QAction::triggered, this, &CheckpointActions::openCheckpointDialog);
    m_restoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_restoreAction, &QAction::triggered, this, &CheckpointActions::restoreSelected);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &CheckpointActions::removeSelected);
    m_restoreIntoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_restoreIntoAction, &QAction::triggered, this, &CheckpointActions::restoreSelectedInto);
    m_checkpointFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_checkpointFolderAction->setToolTip(tr("List the checkpoints of the selected container in a custom folder on the engine's host (Ctrl+Shift+F)"));
    connect(m_checkpointFolderAction, &QAction::triggered, this, &CheckpointActions::chooseFolder);
}

void CheckpointActions::setFolder(const QString &folder)
{
    m_folder = folder;
}

void CheckpointActions::update(bool usable, const QString &problem)
{
    const QModelIndex container = m_containerSelection->currentIndex();
    const bool running = container.data(ContainerModel::StateRole).toString() == QLatin1String("running");
    const bool checkpointChosen = m_checkpoints->checkpointAt(m_checkpointSelection->currentIndex()) != nullptr;

    m_checkpointAction->setEnabled(usable && container.isValid());
    m_checkpointAction->setToolTip(usable ? tr("Checkpoint the selected containers (Ctrl+K)") : problem);
    m_restoreAction->setEnabled(usable && checkpointChosen);
    m_restoreAction->setText(running ? tr("&Rewind…") : tr("&Restore"));
    m_restoreAction->setToolTip(!usable       ? problem
                                    : running ? tr("Stop the running container, then restore it from the selected checkpoint (Ctrl+R)")
                                              : tr("Start the container from the selected checkpoint (Ctrl+R)"));
    m_removeAction->setEnabled(usable && m_checkpointSelection->hasSelection());
    m_removeAction->setToolTip(usable ? tr("Remove the selected checkpoints (Delete)") : problem);
    m_restoreIntoAction->setEnabled(usable && checkpointChosen);
    m_restoreIntoAction->setToolTip(usable ? tr("Restore the selected checkpoint into another, stopped container (Ctrl+Shift+R)") : problem);
    m_checkpointFolderAction->setEnabled(usable && container.isValid());
}

QString CheckpointActions::currentContainerName() const
{
    return m_containerSelection->currentIndex().siblingAtColumn(ContainerModel::NameColumn).data().toString();
}

void CheckpointActions::openCheckpointDialog()
{
    QStringList ids;
    QStringList names;
    const QModelIndexList rows = m_containerSelection->selectedRows(ContainerModel::NameColumn);
    for (const QModelIndex &row : rows) {
        ids.append(row.data(ContainerModel::IdRole).toString());
        names.append(row.data().toString());
    }
    if (ids.isEmpty()) {
        return;
    }
    auto *dialog = new CheckpointDialog(names, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        CheckpointRisks::assess(m_workspace->session()->client(), ids.at(i), dialog)
            .then(dialog, [dialog, name = names.at(i)](const EngineResult<QList<CheckpointRisk>> &risks) {
                // Without inspect data there is nothing to warn about; the job will say what fails.
                dialog->setRisks(name, risks.value_or(QList<CheckpointRisk>{}));
            });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, names] {
        const CheckpointOptions options = dialog->options();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            m_workspace->checkpoint(ids.at(i), options, tr("Checkpoint %1 as %2").arg(names.at(i), options.name));
        }
        Q_EMIT jobQueued();
    });
    dialog->open();
}

void CheckpointActions::restoreSelected()
{
    const CheckpointInfo *checkpoint = m_checkpoints->checkpointAt(m_checkpointSelection->currentIndex());
    if (!checkpoint || m_checkpoints->container().isEmpty()) {
        return;
    }
    RestoreRequest request;
    request.container = m_checkpoints->container();
    request.checkpoint = checkpoint->name;
    request.directory = checkpoint->directory;
    request.rewind = m_containerSelection->currentIndex().data(ContainerModel::StateRole).toString() == QLatin1String("running");
    const QString containerName = currentContainerName();
    if (request.kind() != RestoreRequest::Kind::Rewind) {
        const QString description = request.directory.isEmpty() ? tr("Restore %1 from %2").arg(containerName, request.checkpoint)
                                                                : tr("Restore %1 from %2 in %3").arg(containerName, request.checkpoint, request.directory);
        m_workspace->restore(request, description);
        Q_EMIT jobQueued();
        return;
    }
    // A running container can only be restored after stopping it: ask first.
    auto *question = PlainText::box(new QMessageBox(
        QMessageBox::Question,
        tr("Rewind %1").arg(containerName),
        tr("%1 is running. Stop it, then restore it from %2? What it did since that checkpoint is lost.").arg(containerName, request.checkpoint),
        QMessageBox::Cancel,
        m_window));
    question->setObjectName(QStringLiteral("rewindConfirmation"));
    question->addButton(tr("&Stop, then Restore"), QMessageBox::AcceptRole);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, question, request, containerName](QAbstractButton *button) {
        if (question->buttonRole(button) != QMessageBox::AcceptRole) {
            return;
        }
        m_workspace->restore(request, tr("Rewind %1 to %2").arg(containerName, request.checkpoint));
        Q_EMIT jobQueued();
    });
    question->open();
}

void CheckpointActions::restoreSelectedInto()
{
    const CheckpointInfo *checkpoint = m_checkpoints->checkpointAt(m_checkpointSelection->currentIndex());
    const QString sourceId = m_checkpoints->container();
    if (!checkpoint || sourceId.isEmpty()) {
        return;
    }
    // Targets: stopped containers other than the source (the engine restores only a stopped container).
    QStringList targets;
    for (int row = 0; row < m_containers->rowCount(); ++row) {
        const QModelIndex index = m_containers->index(row, ContainerModel::NameColumn);
        const QString state = index.data(ContainerModel::StateRole).toString();
        if (index.data(ContainerModel::IdRole).toString() != sourceId && state != QLatin1String("running") && state != QLatin1String("paused") &&
            state != QLatin1String("restarting")) {
            targets.append(index.data().toString());
        }
    }
    targets.sort(Qt::CaseInsensitive);
    if (targets.isEmpty()) {
        QMessageBox::information(m_window,
                                 tr("Restore into another container"),
                                 tr("There is no stopped container to restore into. Create one with the same image and command as the source (docker create), "
                                    "then try again."));
        return;
    }
    RestoreRequest request;
    request.sourceContainer = sourceId;
    request.checkpoint = checkpoint->name;
    request.directory = checkpoint->directory;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("restoreIntoDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Restore %1 into…").arg(checkpoint->name));
    dialog->setLabelText(tr("Restore checkpoint %1 into this stopped container. It should have the same image and command as the source; "
                            "it starts from the checkpoint's state.")
                             .arg(checkpoint->name));
    dialog->setComboBoxItems(targets);
    dialog->setOkButtonText(tr("&Restore"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, request](const QString &targetName) mutable {
        const int row = m_containers->rowOf(targetName);
        if (row < 0) {
            m_window->statusBar()->showMessage(tr("%1 no longer exists.").arg(targetName), 15000);
            return;
        }
        request.container = m_containers->index(row, 0).data(ContainerModel::IdRole).toString();
        m_workspace->restore(request, tr("Restore %1 into %2").arg(request.checkpoint, targetName));
        Q_EMIT jobQueued();
    });
    dialog->open();
}

void CheckpointActions::chooseFolder()
{
    if (!m_containerSelection->currentIndex().isValid()) {
        return;
    }
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("checkpointFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Checkpoint folder"));
    dialog->setLabelText(tr("List checkpoints from this folder on the engine's host (leave empty for the engine's default folder):"));
    dialog->setTextValue(m_folder);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &folder) {
        Q_EMIT folderChosen(folder.trimmed());
    });
    dialog->open();
}

void CheckpointActions::removeSelected()
{
    const QString id = m_checkpoints->container();
    QList<CheckpointInfo> chosen;
    const QModelIndexList rows = m_checkpointSelection->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const CheckpointInfo *checkpoint = m_checkpoints->checkpointAt(row)) {
            chosen.append(*checkpoint);
        }
    }
    if (chosen.isEmpty() || id.isEmpty()) {
        return;
    }
    QStringList names;
    for (const CheckpointInfo &checkpoint : std::as_const(chosen)) {
        names.append(checkpoint.name);
    }
    auto *confirmation = PlainText::box(
        new QMessageBox(QMessageBox::Question,
                        tr("Remove checkpoints"),
                        tr("Remove %1? Their files are deleted from the engine's host; this cannot be undone.").arg(names.join(QStringLiteral(", "))),
                        QMessageBox::Cancel,
                        m_window));
    confirmation->setObjectName(QStringLiteral("removeConfirmation"));
    confirmation->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirmation, &QMessageBox::buttonClicked, this, [this, confirmation, chosen, id](QAbstractButton *button) {
        if (confirmation->buttonRole(button) != QMessageBox::DestructiveRole) {
            return;
        }
        for (const CheckpointInfo &checkpoint : chosen) {
            m_workspace->remove(id, checkpoint.name, checkpoint.directory, tr("Remove checkpoint %1").arg(checkpoint.name));
        }
    });
    confirmation->open();
}

} // namespace Stasis
