// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "exportjob.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace Stasis
{

/// Asks where to export a checkpoint and what the archive carries besides
/// it: the container's file system changes (on by default), its named
/// volumes and its image. The file is typed or chosen in a save dialog
/// (Browse…); its name gives the format, tar.zst when it names none. The
/// folder and the choices are remembered (settings group `archives`).
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const QString &checkpoint, const QString &containerName, QWidget *parent = nullptr);

    /// The file, format and what goes along; the caller names the checkpoint.
    ExportJob::Request request() const;

    void accept() override;

private:
    void browse();
    void updateButtons();

    QLineEdit *m_file;
    QCheckBox *m_withFileSystem;
    QCheckBox *m_withVolumes;
    QCheckBox *m_withImage;
    QDialogButtonBox *m_buttons;
};

} // namespace Stasis
