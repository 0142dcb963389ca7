// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QIODevice;

namespace Stasis
{

class EngineExchange;
class EngineClient;

/// Applies a container's file system changes (archive format 2's
/// `deleted.files` and `rootfs-diff.tar`) to another container, created and
/// never started, through the Engine API alone: first the deletions, then
/// the tar, extracted at `/` with its owners, modes, times and links.
///
/// `PUT …/archive` cannot delete (a whiteout name would be written as it
/// is), but before it creates a non-folder entry it removes, recursively,
/// whatever lies at that path. So each deleted path gets a one-entry tar
/// into its parent folder: a character device 0:0 under the path's name.
/// The overlay storage driver refuses to create that device (it is its own
/// whiteout mark; the engine answers "operation not permitted"), so what
/// stays is the removal. `HEAD …/archive` then decides: the path is gone,
/// or the apply fails naming it. A path whose parent folder is gone counts
/// as deleted.
///
/// Where the tar's entry meets a path of another type, the path is replaced
/// (EngineClient::TypeChange::Replace), as the source container replaced it.
/// Not atomic: a failure leaves what was applied so far; the container is
/// then not the exported one and should be removed.
class FileSystemApplier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSystemApplier)

public:
    FileSystemApplier(EngineClient *client, const QString &container, QObject *parent = nullptr);
    /// Aborts a running apply.
    ~FileSystemApplier() override;

    /// Deletes @p deleted (absolute, validated paths), then extracts @p tar,
    /// a validated canonical tar of exactly @p size bytes read as it becomes
    /// readable; null or 0 when nothing was added or modified. @p tar stays
    /// open until finished(). Once per applier.
    void start(const QStringList &deleted, QIODevice *tar, qint64 size);
    /// Stops without emitting finished(); what was applied stays.
    void abort();

    /// After finished(false): why. NotFound when the container does not exist.
    const EngineError &error() const
    {
        return m_error;
    }

Q_SIGNALS:
    /// Bytes of the tar sent so far, of @p total.
    void uploadProgress(qint64 sent, qint64 total);
    void finished(bool ok);

private:
    void deleteNext();
    void checkDeleted(const QString &path, const EngineResult<void> &put);
    void extract();
    void fail(const EngineError &error);
    void succeed();

    EngineClient *m_client;
    QString m_container;
    QStringList m_deleted;
    qsizetype m_next = 0;
    QPointer<QIODevice> m_tar;
    qint64 m_size = 0;
    QPointer<EngineExchange> m_upload;
    bool m_done = false;
    EngineError m_error;
};

} // namespace Stasis
