// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Stasis
{

namespace
{
const QString folderKey = QStringLiteral("archives/exportFolder");
const QString fileSystemKey = QStringLiteral("archives/exportWithFileSystem");
const QString volumesKey = QStringLiteral("archives/exportWithVolumes");
const QString imageKey = QStringLiteral("archives/exportWithImage");

QString filterOf(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::TarZstd:
        return ExportDialog::tr("Zstandard-compressed tar (*.tar.zst)");
    case ArchiveFormat::TarGzip:
        return ExportDialog::tr("Gzip-compressed tar (*.tar.gz)");
    case ArchiveFormat::TarXz:
        return ExportDialog::tr("XZ-compressed tar (*.tar.xz)");
    case ArchiveFormat::Zip:
        return ExportDialog::tr("Zip (*.zip)");
    }
    return {};
}

/// @p typed with a known suffix: tar.zst's when it has none.
QString archiveName(const QString &typed)
{
    return ArchiveFormats::fromFileName(typed) ? typed : ArchiveFormats::withSuffix(typed, ArchiveFormat::TarZstd);
}
} // namespace

ExportDialog::ExportDialog(const QString &checkpoint, const QString &containerName, QWidget *parent)
    : QDialog(parent)
    , m_file(new QLineEdit(this))
    , m_withFileSystem(new QCheckBox(tr("Its file system changes: files it wrote or deleted since it was created"), this))
    , m_withVolumes(new QCheckBox(tr("The content of its named volumes"), this))
    , m_withImage(new QCheckBox(tr("Its image, so the target engine needs no registry"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export checkpoint %1 of %2").arg(checkpoint, containerName));
    m_file->setObjectName(QStringLiteral("file"));
    m_withFileSystem->setObjectName(QStringLiteral("withFileSystem"));
    m_withVolumes->setObjectName(QStringLiteral("withVolumes"));
    m_withImage->setObjectName(QStringLiteral("withImage"));
    m_withFileSystem->setToolTip(
        tr("Without them the archive restores only where the image's files suffice: a process that had files of its "
           "own open does not restore."));
    m_withVolumes->setToolTip(tr("Binds are never carried: they are folders of the engine's host."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    const QSettings settings;
    QString folder = settings.value(folderKey).toString();
    if (!QFileInfo(folder).isDir()) {
        folder = QDir::homePath();
    }
    m_file->setText(QDir(folder).filePath(QStringLiteral("%1-%2%3").arg(containerName, checkpoint, ArchiveFormats::suffix(ArchiveFormat::TarZstd))));
    m_withFileSystem->setChecked(settings.value(fileSystemKey, true).toBool());
    m_withVolumes->setChecked(settings.value(volumesKey, false).toBool());
    m_withImage->setChecked(settings.value(imageKey, false).toBool());

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *along = new QVBoxLayout;
    along->addWidget(m_withFileSystem);
    along->addWidget(m_withVolumes);
    along->addWidget(m_withImage);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Also carry:"), along);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

ExportJob::Request ExportDialog::request() const
{
    ExportJob::Request request;
    request.outputPath = archiveName(m_file->text().trimmed());
    request.format = ArchiveFormats::fromFileName(request.outputPath).value_or(ArchiveFormat::TarZstd);
    request.withFileSystem = m_withFileSystem->isChecked();
    request.withVolumes = m_withVolumes->isChecked();
    request.withImage = m_withImage->isChecked();
    return request;
}

void ExportDialog::accept()
{
    QSettings settings;
    settings.setValue(folderKey, QFileInfo(request().outputPath).absolutePath());
    settings.setValue(fileSystemKey, m_withFileSystem->isChecked());
    settings.setValue(volumesKey, m_withVolumes->isChecked());
    settings.setValue(imageKey, m_withImage->isChecked());
    QDialog::accept();
}

void ExportDialog::browse()
{
    auto *dialog = new QFileDialog(this, windowTitle());
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    QStringList filters;
    for (const ArchiveFormat format : ArchiveFormats::all()) {
        filters.append(filterOf(format));
    }
    dialog->setNameFilters(filters);
    const QFileInfo current(m_file->text().trimmed());
    dialog->setDirectory(current.absolutePath());
    dialog->selectFile(current.fileName());
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog](const QString &chosen) {
        const ArchiveFormat format = ArchiveFormats::all().value(dialog->nameFilters().indexOf(dialog->selectedNameFilter()), ArchiveFormat::TarZstd);
        m_file->setText(ArchiveFormats::fromFileName(chosen) ? chosen : ArchiveFormats::withSuffix(chosen, format));
    });
    dialog->open();
}

void ExportDialog::updateButtons()
{
    const QString file = m_file->text().trimmed();
    const bool usable = !file.isEmpty() && !QFileInfo(file).fileName().isEmpty() && QFileInfo(QFileInfo(file).absolutePath()).isDir();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
    m_file->setToolTip(usable ? QString() : tr("Name a file in a folder that exists."));
}

} // namespace Stasis
