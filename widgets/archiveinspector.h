// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace Stasis
{

struct ArchiveManifest;

/// What a checkpoint archive holds, before anything of it is imported: the
/// validation verdict, the manifest's summary (checkpoint, container, engine,
/// memory pages size, number of processes) and the list of files.
class ArchiveInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveInspector)

public:
    explicit ArchiveInspector(QWidget *parent = nullptr);

    /// Validation is running: @p done of @p total bytes checked.
    void showProgress(qint64 done, qint64 total);
    /// The archive is valid and holds @p manifest.
    void showValid(const ArchiveManifest &manifest);
    /// The archive was refused; @p manifest is shown when it could be read.
    void showRefused(const QString &problem, const ArchiveManifest *manifest = nullptr);

    QString verdictText() const;

private:
    void showManifest(const ArchiveManifest *manifest);
    void setRow(int row, const QString &text);

    QLabel *m_verdict;
    QFormLayout *m_summary;
    QList<QLabel *> m_values;
    QTreeWidget *m_files;
};

} // namespace Stasis
