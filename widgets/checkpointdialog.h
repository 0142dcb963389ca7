// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engine/enginetypes.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Stasis
{

/// Asks for a checkpoint's name (validated with the engine's rule as it is
/// typed), whether to leave the container running, and an optional folder.
class CheckpointDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointDialog)

public:
    explicit CheckpointDialog(const QStringList &containerNames, QWidget *parent = nullptr);

    CheckpointOptions options() const;
    /// A name from the current time, `YYYYMMDD-HHMMSS`.
    static QString suggestedName();

private:
    void validate();

    QLineEdit *m_name;
    QLabel *m_problem;
    QCheckBox *m_leaveRunning;
    QLineEdit *m_directory;
    QDialogButtonBox *m_buttons;
};

} // namespace Stasis
