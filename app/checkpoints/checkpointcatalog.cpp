// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointcatalog.h"

#include "asyncrun.h"
#include "checkpointfolderhelper.h"
#include "checkpointslogging.h"
#include "engineclient.h"
#include "helpercontainer.h"
#include "helperlease.h"

#include <KTar>

#include <QBuffer>
#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace Stasis
{

namespace
{

using Listing = EngineResult<QList<CheckpointInfo>>;

/// The engine's tar of the metadata file: its header, a PAX header when the
/// engine adds one, the data with padding, the end blocks.
constexpr qint64 maxMetadataTar = CheckpointMetadata::maxFileSize + 16 * 1024;

/// The metadata file in the tar the engine sent for it; empty when unreadable or malformed.
std::optional<CheckpointMetadata> metadataInTar(const QByteArray &archive)
{
    QBuffer buffer;
    buffer.setData(archive);
    KTar tar(&buffer);
    if (!tar.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const KArchiveFile *file = tar.directory()->file(QString(CheckpointMetadata::fileName));
    if (!file || file->size() > CheckpointMetadata::maxFileSize) {
        return std::nullopt;
    }
    const std::expected<CheckpointMetadata, QString> metadata = CheckpointMetadata::fromJson(file->data());
    if (!metadata) {
        qCWarning(lcCheckpoints) << metadata.error();
        return std::nullopt;
    }
    return *metadata;
}

/// One run of CheckpointCatalog::list(): list, resolve the folder, create the helper,
/// stat every checkpoint, remove the helper, answer.
class ListRun final : public AsyncRun<ListRun, Listing>
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::CheckpointCatalog)

public:
    ListRun(EngineClient *client, const QString &container, const QString &directory)
        : m_client(client)
        , m_container(container)
        , m_directory(directory)
    {
    }

    void start()
    {
        m_client->checkpoints(m_container, m_directory).then(m_client, [self = shared_from_this()](const EngineResult<QList<CheckpointRef>> &refs) {
            self->listed(refs);
        });
    }

private:
    void listed(const EngineResult<QList<CheckpointRef>> &refs)
    {
        if (!refs) {
            return answer(std::unexpected(refs.error()));
        }
        for (const CheckpointRef &ref : *refs) {
            m_checkpoints.append(CheckpointInfo{ref.name, {}, -1, m_directory});
        }
        if (m_checkpoints.isEmpty()) {
            return answer(m_checkpoints);
        }
        const auto explain = [container = m_container](const QString &message) {
            return tr("Cannot read when the checkpoints of %1 were taken: creating a helper container failed: %2").arg(container, message);
        };
        CheckpointFolderHelper::create(m_client, m_container, m_directory, true, explain)
            .then(m_client, [self = shared_from_this()](const EngineResult<CheckpointFolderHelper> &helper) {
                if (!helper) {
                    return self->answer(std::unexpected(helper.error()));
                }
                self->m_helper = helper->lease;
                self->statAll();
            });
    }

    void statAll()
    {
        QList<QFuture<EngineResult<PathStat>>> stats;
        for (const CheckpointInfo &checkpoint : std::as_const(m_checkpoints)) {
            stats.append(m_client->archiveStat(m_helper->id(), HelperContainer::pathInside(checkpoint.name)));
        }
        QtFuture::whenAll(stats.begin(), stats.end()).then(m_client, [self = shared_from_this()](const QList<QFuture<EngineResult<PathStat>>> &results) {
            self->statted(results);
        });
    }

    void statted(const QList<QFuture<EngineResult<PathStat>>> &results)
    {
        QList<CheckpointInfo> found;
        std::optional<EngineError> failure;
        for (qsizetype i = 0; i < results.size() && i < m_checkpoints.size(); ++i) {
            const EngineResult<PathStat> stat = results[i].isValid() && results[i].resultCount() > 0
                ? results[i].result()
                : EngineResult<PathStat>(std::unexpected(EngineError{EngineError::Kind::Cancelled, 0, tr("The request was cancelled.")}));
            if (stat) {
                CheckpointInfo checkpoint = m_checkpoints[i];
                checkpoint.created = stat->modified;
                found.append(checkpoint);
            } else if (stat.error().kind != EngineError::Kind::NotFound && !failure) {
                failure = stat.error();
            }
        }
        if (failure) {
            return removeHelper(Listing(std::unexpected(*failure)));
        }
        readMetadata(found);
    }

    /// The tar of the metadata file at @p path in the helper — looked at
    /// first, so that a file too large is never downloaded (Qt's HTTP thread
    /// reads ahead of any limit).
    QFuture<EngineResult<QByteArray>> readMetadataFile(const QString &path)
    {
        EngineClient *client = m_client;
        const QString helper = m_helper->id();
        return m_client->archiveStat(helper, path)
            .then(m_client,
                  [client, helper, path](const EngineResult<PathStat> &stat) -> QFuture<EngineResult<QByteArray>> {
                      if (!stat) {
                          return QtFuture::makeReadyValueFuture(EngineResult<QByteArray>(std::unexpected(stat.error())));
                      }
                      if (stat->size > CheckpointMetadata::maxFileSize) {
                          const EngineError tooLarge{
                              EngineError::Kind::Protocol,
                              0,
                              tr("%1 is too large (%2 bytes, at most %3)").arg(path).arg(stat->size).arg(CheckpointMetadata::maxFileSize)};
                          return QtFuture::makeReadyValueFuture(EngineResult<QByteArray>(std::unexpected(tooLarge)));
                      }
                      return client->archive(helper, path, maxMetadataTar);
                  })
            .unwrap();
    }

    /// Reads each checkpoint's metadata file, where Stasis wrote one.
    void readMetadata(const QList<CheckpointInfo> &found)
    {
        if (found.isEmpty()) {
            return sorted(found);
        }
        QList<QFuture<EngineResult<QByteArray>>> reads;
        for (const CheckpointInfo &checkpoint : found) {
            reads.append(readMetadataFile(HelperContainer::pathInside(checkpoint.name + QLatin1Char('/') + QString(CheckpointMetadata::fileName))));
        }
        QtFuture::whenAll(reads.begin(), reads.end())
            .then(m_client, [self = shared_from_this(), found](const QList<QFuture<EngineResult<QByteArray>>> &results) {
                QList<CheckpointInfo> filled = found;
                for (qsizetype i = 0; i < results.size() && i < found.size(); ++i) {
                    if (!results[i].isValid() || results[i].resultCount() == 0) {
                        continue;
                    }
                    const EngineResult<QByteArray> &read = results[i].result();
                    // No file (404): a checkpoint taken without Stasis.
                    if (!read && read.error().kind != EngineError::Kind::NotFound) {
                        qCWarning(lcCheckpoints) << "no metadata for checkpoint" << found[i].name << read.error().message;
                    }
                    if (read) {
                        filled[i].metadata = metadataInTar(*read);
                        if (filled[i].metadata && filled[i].metadata->size >= 0) {
                            filled[i].size = filled[i].metadata->size;
                        }
                    }
                }
                self->sorted(filled);
            });
    }

    void sorted(QList<CheckpointInfo> found)
    {
        std::stable_sort(found.begin(), found.end(), [](const CheckpointInfo &a, const CheckpointInfo &b) {
            if (a.created.isValid() != b.created.isValid()) {
                return a.created.isValid();
            }
            return a.created != b.created ? a.created < b.created : a.name < b.name;
        });
        removeHelper(Listing(found));
    }

    void removeHelper(const Listing &listing)
    {
        m_helper->remove().then(m_client, [self = shared_from_this(), listing](const EngineResult<void> &removed) {
            if (!removed && listing) {
                EngineError error = removed.error();
                error.message = tr("Could not remove the helper container %1: %2").arg(self->m_helper->id(), error.message);
                return self->answer(std::unexpected(error));
            }
            self->answer(listing);
        });
    }

    EngineClient *m_client;
    QString m_container;
    QString m_directory;
    std::shared_ptr<HelperLease> m_helper;
    QList<CheckpointInfo> m_checkpoints;
};
} // namespace

CheckpointCatalog::CheckpointCatalog(EngineClient *client)
    : m_client(client)
{
}

QFuture<EngineResult<QList<CheckpointInfo>>> CheckpointCatalog::list(const QString &container, const QString &directory) const
{
    return ListRun::launch(m_client, container, directory);
}

} // namespace Stasis
