// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointrisk.h"
#include "enginetypes.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Stasis
{

/// Asks for a checkpoint's name (validated with the engine's rule as it is
/// typed), whether to leave the container running, and an optional folder.
/// Warns about options of the containers that made checkpoints or restores
/// fail (setRisks()), without stopping the user from trying.
class CheckpointDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointDialog)

public:
    explicit CheckpointDialog(const QStringList &containerNames, QWidget *parent = nullptr);

    CheckpointOptions options() const;
    /// Shows the warnings for the container @p containerName (none: nothing
    /// is shown for it); replaces earlier ones for that container.
    void setRisks(const QString &containerName, const QList<CheckpointRisk> &risks);
    /// The warnings shown, as plain text; empty when there are none.
    QString risksText() const;
    /// A name from the current time, `YYYYMMDD-HHMMSS`.
    static QString suggestedName();

Q_SIGNALS:
    /// setRisks() was called (also with no warnings for that container).
    void risksChanged();

private:
    void validate();
    void showRisks();

    QLineEdit *m_name;
    QLabel *m_problem;
    QLabel *m_risks;
    /// Per container name, its warnings, in the order they arrived.
    QList<std::pair<QString, QList<CheckpointRisk>>> m_riskList;
    QCheckBox *m_leaveRunning;
    QLineEdit *m_directory;
    QDialogButtonBox *m_buttons;
};

} // namespace Stasis
