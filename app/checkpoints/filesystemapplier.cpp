// SPDX-License-Identifier: GPL-2.0-or-later
#include "filesystemapplier.h"

#include "checkpointslogging.h"
#include "engineclient.h"
#include "filesystemtarwriter.h"

#include "engineexchange.h"
#include <QIODevice>

namespace Stasis
{

namespace
{

/// The folder @p path lies in, and its last segment.
std::pair<QString, QString> splitPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return {slash > 0 ? path.left(slash) : QStringLiteral("/"), path.mid(slash + 1)};
}

} // namespace

FileSystemApplier::FileSystemApplier(EngineClient *client, const QString &container, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_container(container)
{
}

FileSystemApplier::~FileSystemApplier()
{
    abort();
}

void FileSystemApplier::start(const QStringList &deleted, QIODevice *tar, qint64 size)
{
    m_deleted = deleted;
    m_tar = tar;
    m_size = tar ? size : 0;
    // A deletion counts as done when the engine finds no such path, which it
    // also says of every path of a container that does not exist.
    m_client->archiveStat(m_container, QStringLiteral("/")).then(this, [this](const EngineResult<PathStat> &root) {
        if (m_done) {
            return;
        }
        if (!root) {
            return fail(
                EngineError{root.error().kind,
                            root.error().httpStatus,
                            tr("Could not change the files of container %1: %2. Check that the container exists.").arg(m_container, root.error().message)});
        }
        deleteNext();
    });
}

void FileSystemApplier::abort()
{
    m_done = true;
    if (m_upload) {
        EngineExchange *upload = m_upload;
        m_upload.clear();
        upload->abort();
        upload->deleteLater();
    }
}

void FileSystemApplier::deleteNext()
{
    if (m_next == m_deleted.size()) {
        return extract();
    }
    const QString path = m_deleted.at(m_next++);
    const auto [folder, name] = splitPath(path);
    const QByteArray tar = FileSystemTarWriter::characterDeviceHeader(name) + FileSystemTarWriter::endBlocks();
    m_client->putArchive(m_container, folder, tar, EngineClient::TypeChange::Replace).then(this, [this, path](const EngineResult<void> &put) {
        if (!m_done) {
            checkDeleted(path, put);
        }
    });
}

void FileSystemApplier::checkDeleted(const QString &path, const EngineResult<void> &put)
{
    m_client->archiveStat(m_container, path).then(this, [this, path, put](const EngineResult<PathStat> &stat) {
        if (m_done) {
            return;
        }
        if (!stat && stat.error().kind == EngineError::Kind::NotFound) {
            qCDebug(lcCheckpoints) << "deleted" << path << "in" << m_container << "; the engine answered" << (put ? QString() : put.error().message);
            return deleteNext();
        }
        if (!stat) {
            return fail(EngineError{stat.error().kind,
                                    stat.error().httpStatus,
                                    tr("Could not check that %1 was deleted in container %2: %3. Remove the container and import again.")
                                        .arg(path, m_container, stat.error().message)});
        }
        if (stat->isDevice()) {
            return fail(EngineError{EngineError::Kind::Unsupported,
                                    0,
                                    tr("The engine created a device at %1 in container %2 instead of deleting what was there: Stasis can delete files "
                                       "only on engines that use the overlay storage driver. Remove the container; its files cannot be made as "
                                       "exported on this engine.")
                                        .arg(path, m_container)});
        }
        const QString why = put ? tr("the engine kept it") : put.error().message;
        return fail(EngineError{put ? EngineError::Kind::ServerError : put.error().kind,
                                put ? 0 : put.error().httpStatus,
                                tr("Could not delete %1 in container %2: %3. Remove the container and import again.").arg(path, m_container, why)});
    });
}

void FileSystemApplier::extract()
{
    if (m_size == 0) {
        return succeed();
    }
    if (!m_tar) {
        return fail(EngineError{EngineError::Kind::Cancelled, 0, tr("The file system changes to write into container %1 went away.").arg(m_container)});
    }
    m_upload = m_client->putArchive(m_container, QStringLiteral("/"), m_tar, m_size, this, EngineClient::TypeChange::Replace);
    connect(m_upload, &EngineExchange::bodyProgress, this, &FileSystemApplier::uploadProgress);
    connect(m_upload, &EngineExchange::finished, this, [this] {
        EngineExchange *upload = m_upload;
        m_upload.clear();
        upload->deleteLater();
        if (const std::optional<EngineError> &error = upload->error()) {
            return fail(EngineError{
                error->kind,
                error->httpStatus,
                tr("Could not write the file system changes into container %1: %2. Remove the container and import again.").arg(m_container, error->message)});
        }
        succeed();
    });
}

void FileSystemApplier::fail(const EngineError &error)
{
    m_done = true;
    m_error = error;
    Q_EMIT finished(false);
}

void FileSystemApplier::succeed()
{
    m_done = true;
    Q_EMIT finished(true);
}

} // namespace Stasis
