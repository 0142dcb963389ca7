// SPDX-License-Identifier: GPL-2.0-or-later
#include "archiveinspector.h"

#include "archivemanifest.h"
#include "plaintext.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Stasis
{

namespace
{
enum Row { CheckpointRow, TakenRow, ContainerRow, ImageRow, EngineRow, SizeRow, MemoryRow, ProcessesRow, FileSystemRow, VolumesRow, ProducerRow, RowCount };
}

ArchiveInspector::ArchiveInspector(QWidget *parent)
    : QWidget(parent)
    , m_verdict(PlainText::label(this))
    , m_summary(new QFormLayout)
    , m_files(new QTreeWidget(this))
{
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QStringList labels{tr("Checkpoint:"),
                             tr("Taken:"),
                             tr("Container:"),
                             tr("Image:"),
                             tr("Engine:"),
                             tr("Size:"),
                             tr("Memory pages:"),
                             tr("Processes:"),
                             tr("File system:"),
                             tr("Volumes:"),
                             tr("Made by:")};
    for (const QString &label : labels) {
        auto *value = PlainText::label(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_summary->addRow(label, value);
        m_values.append(value);
    }

    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->setHeaderLabels({tr("File"), tr("Size"), tr("Mode"), tr("SHA-256")});
    m_files->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addLayout(m_summary);
    layout->addWidget(m_files, 1);
    showManifest(nullptr);
}

void ArchiveInspector::showProgress(qint64 done, qint64 total)
{
    m_verdict->setText(total > 0 ? tr("Checking the archive… %1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total))
                                 : tr("Checking the archive…"));
}

void ArchiveInspector::showValid(const ArchiveManifest &manifest)
{
    m_verdict->setText(tr("✔ Valid: every file is present with the size and SHA-256 the manifest declares."));
    showManifest(&manifest);
}

void ArchiveInspector::showRefused(const QString &problem, const ArchiveManifest *manifest)
{
    m_verdict->setText(tr("✘ Refused: %1").arg(problem));
    showManifest(manifest);
}

QString ArchiveInspector::verdictText() const
{
    return m_verdict->text();
}

void ArchiveInspector::setRow(int row, const QString &text)
{
    m_values.at(row)->setText(text);
}

void ArchiveInspector::showManifest(const ArchiveManifest *manifest)
{
    m_files->clear();
    if (!manifest) {
        for (int row = 0; row < RowCount; ++row) {
            setRow(row, QStringLiteral("—"));
        }
        return;
    }
    const QLocale locale;
    setRow(CheckpointRow, manifest->checkpoint.name);
    setRow(TakenRow, locale.toString(manifest->checkpoint.created.toLocalTime(), QLocale::LongFormat));
    setRow(ContainerRow, tr("%1 (%2)").arg(manifest->container.name, manifest->container.id.left(12)));
    const QString image = tr("%1 (%2)").arg(manifest->container.image, manifest->container.imageId.section(QLatin1Char(':'), -1).left(12));
    if (const ArchiveFileEntry *imageTar = manifest->topLevelFile(ArchiveManifest::imageTarName)) {
        setRow(ImageRow, tr("%1, inside the archive (%2)").arg(image, locale.formattedDataSize(imageTar->size)));
    } else {
        setRow(ImageRow, tr("%1, not inside: the target engine needs it").arg(image));
    }
    setRow(EngineRow,
           tr("Docker %1, API %2, %3/%4, kernel %5")
               .arg(manifest->engine.version, manifest->engine.apiVersion, manifest->engine.os, manifest->engine.architecture, manifest->engine.kernelVersion));
    setRow(SizeRow, tr("%1 in %n file(s)", nullptr, int(manifest->files.size())).arg(locale.formattedDataSize(manifest->totalSize())));
    setRow(MemoryRow, locale.formattedDataSize(manifest->memoryPagesSize()));
    setRow(ProcessesRow, locale.toString(manifest->processCount()));
    if (const std::optional<ArchiveManifest::FileSystem> &changes = manifest->fileSystem) {
        setRow(FileSystemRow,
               tr("%n changed entries with %1, %2 deleted paths", nullptr, int(changes->entries))
                   .arg(locale.formattedDataSize(changes->contentSize), locale.toString(changes->deletedPaths)));
    } else {
        setRow(FileSystemRow, tr("not in the archive: the image's files only"));
    }
    QStringList volumes;
    for (const ArchiveManifest::Volume &volume : manifest->volumes) {
        volumes.append(tr("%1 at %2: %n entries with %3", nullptr, int(volume.entries))
                           .arg(volume.name, volume.destination, locale.formattedDataSize(volume.contentSize)));
    }
    setRow(VolumesRow, volumes.isEmpty() ? tr("none inside") : volumes.join(QLatin1Char('\n')));
    setRow(ProducerRow, manifest->producer);

    QList<QTreeWidgetItem *> items;
    for (const ArchiveFileEntry &file : manifest->files) {
        auto *item = new QTreeWidgetItem({file.path,
                                          locale.formattedDataSize(file.size),
                                          QStringLiteral("%1").arg(file.mode, 4, 8, QLatin1Char('0')),
                                          QString::fromLatin1(file.sha256.left(16)) + QStringLiteral("…")});
        item->setToolTip(3, QString::fromLatin1(file.sha256));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    m_files->addTopLevelItems(items);
}

} // namespace Stasis
