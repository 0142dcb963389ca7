// SPDX-License-Identifier: GPL-2.0-or-later
// ContainerModel and ContainerFilterProxyModel without an engine: a listing
// goes in as one batch, a change is one row's dataChanged with its roles, a
// removal or a rename keeps every other row findable, the proxy filters by
// text, state and "with checkpoints" and sorts by raw values; follow() takes
// all of it from a ContainerMonitor's signals (a monitor never started, over
// a client never connected).
#include "containermodel.h"
#include "containerfilterproxymodel.h"
#include "containermonitor.h"
#include "engineclient.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Stasis;

namespace
{
ContainerSummary summary(const QString &id, const QString &name, const QString &image, const QString &state, const QDateTime &created)
{
    ContainerSummary container;
    container.id = id;
    container.name = name;
    container.image = image;
    container.state = state;
    container.status = state == QLatin1String("running") ? QStringLiteral("Up 5 minutes") : QStringLiteral("Exited (0) 1 minute ago");
    container.created = created;
    return container;
}

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), QTimeZone::UTC);
}

// Created so that the chronological order (db, web, cache) is not the order
// of the displayed dates as strings.
const QString webId = QStringLiteral("aaaa1111aaaa1111aaaa1111aaaa1111aaaa1111aaaa1111aaaa1111aaaa1111");
const QString dbId = QStringLiteral("bbbb2222bbbb2222bbbb2222bbbb2222bbbb2222bbbb2222bbbb2222bbbb2222");
const QString cacheId = QStringLiteral("cccc3333cccc3333cccc3333cccc3333cccc3333cccc3333cccc3333cccc3333");

QList<ContainerSummary> threeContainers()
{
    return {summary(webId, QStringLiteral("web-frontend"), QStringLiteral("nginx:latest"), QStringLiteral("running"), utc(2026, 1, 5)),
            summary(dbId, QStringLiteral("db-main"), QStringLiteral("postgres:16"), QStringLiteral("exited"), utc(2025, 12, 1)),
            summary(cacheId, QStringLiteral("cache"), QStringLiteral("redis:7"), QStringLiteral("running"), utc(2026, 2, 1))};
}

/// @p count containers with ids and names numbered in order.
QList<ContainerSummary> manyContainers(int count)
{
    QList<ContainerSummary> containers;
    for (int i = 0; i < count; ++i) {
        containers.append(summary(QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0')),
                                  QStringLiteral("c%1").arg(i),
                                  QStringLiteral("busybox:latest"),
                                  QStringLiteral("running"),
                                  utc(2026, 1, 1)));
    }
    return containers;
}

/// The ids of @p proxy's rows, top to bottom.
QStringList idsOf(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        ids.append(proxy.index(row, 0).data(ContainerModel::IdRole).toString());
    }
    return ids;
}

/// The roles of a dataChanged emission, sorted.
QList<int> rolesOf(const QList<QVariant> &emission)
{
    QList<int> roles = emission.at(2).value<QList<int>>();
    std::sort(roles.begin(), roles.end());
    return roles;
}
} // namespace

class ContainerModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ContainerModel> m_model;
    std::unique_ptr<ContainerFilterProxyModel> m_proxy;

    QString cell(const QString &id, int column) const
    {
        return m_model->index(m_model->rowOf(id), column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Short dates as "M/d/yy": their strings do not sort chronologically.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_model = std::make_unique<ContainerModel>();
        m_proxy = std::make_unique<ContainerFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        // Attached before anything changes; each checks every signal of its model from here on.
        new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
        new QAbstractItemModelTester(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy.get());
    }

    void cleanup()
    {
        m_proxy.reset();
        m_model.reset();
    }

    void asksForCheckpointCountsWhenRead()
    {
        const QList<ContainerSummary> many = manyContainers(1000);
        QSignalSpy wanted(m_model.get(), &ContainerModel::checkpointCountWanted);
        m_model->setContainers(many);
        QCOMPARE(wanted.count(), 0);

        const QString id = many.at(500).id;
        QCOMPARE(cell(id, ContainerModel::CheckpointsColumn), QString());
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.first().first().toString(), id);
        // Asked once per row, whichever role reads it.
        QCOMPARE(m_model->index(500, 0).data(ContainerModel::CheckpointCountRole).toInt(), -1);
        QCOMPARE(cell(id, ContainerModel::CheckpointsColumn), QString());
        QCOMPARE(wanted.count(), 1);
        m_model->setCheckpointCount(id, 2);
        QCOMPARE(cell(id, ContainerModel::CheckpointsColumn), QStringLiteral("2"));
        QCOMPARE(m_model->index(501, 0).data(ContainerModel::CheckpointCountRole).toInt(), -1);
        QCOMPARE(wanted.count(), 2);
    }

    void removalsKeepEveryRowFindable()
    {
        const QList<ContainerSummary> many = manyContainers(1000);
        m_model->setContainers(many);
        QList<ContainerSummary> even;
        for (int i = 0; i < many.size(); i += 2) {
            even.append(many.at(i));
        }
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->setContainers(even);
        QCOMPARE(removed.count(), 500);
        QCOMPARE(m_model->rowCount(), 500);
        for (int row = 0; row < even.size(); ++row) {
            QCOMPARE(m_model->rowOf(even.at(row).id), row);
            QCOMPARE(m_model->index(row, 0).data(ContainerModel::IdRole).toString(), even.at(row).id);
        }
        QCOMPARE(m_model->rowOf(many.at(1).id), -1);
        // A container added later goes last and is found; one removed is not.
        const ContainerSummary late = summary(QStringLiteral("f").repeated(64), QStringLiteral("late"), {}, QStringLiteral("created"), utc(2026, 6, 1));
        m_model->updateContainer(late);
        m_model->removeContainer(even.first().id);
        QCOMPARE(m_model->rowOf(late.id), 499);
        QCOMPARE(m_model->rowOf(even.at(1).id), 0);
        QCOMPARE(m_model->rowOf(even.first().id), -1);
    }

    void insertsAListingInOneBatch()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        m_model->setContainers(threeContainers());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(ContainerModel::ColumnCount));
        QCOMPARE(m_proxy->rowCount(), 3);
        QCOMPARE(m_model->rowOf(webId), 0);
        QCOMPARE(m_model->rowOf(QStringLiteral("db-main")), 1);
        QCOMPARE(m_model->index(2, 0).data(ContainerModel::IdRole).toString(), cacheId);
        QVERIFY(!m_model->index(3, 0).isValid());
        QCOMPARE(cell(dbId, ContainerModel::NameColumn), QStringLiteral("db-main"));
        QCOMPARE(cell(dbId, ContainerModel::ImageColumn), QStringLiteral("postgres:16"));
        QCOMPARE(cell(dbId, ContainerModel::StateColumn), QStringLiteral("exited"));
        QCOMPARE(cell(webId, ContainerModel::StatusColumn), QStringLiteral("Up 5 minutes"));
        // Not counted yet: an empty cell, -1 behind it.
        QCOMPARE(cell(webId, ContainerModel::CheckpointsColumn), QString());
        QCOMPARE(m_model->index(0, ContainerModel::CheckpointsColumn).data(ContainerModel::CheckpointCountRole).toInt(), -1);
        QCOMPARE(m_model->index(0, ContainerModel::CreatedColumn).data(ContainerModel::RawValueRole).toDateTime(), utc(2026, 1, 5));

        // The same listing again changes nothing; one more container is one more batch of one.
        QList<ContainerSummary> four = threeContainers();
        const QString fourthId = QStringLiteral("dddd4444dddd4444dddd4444dddd4444dddd4444dddd4444dddd4444dddd4444");
        four.append(summary(fourthId, QStringLiteral("worker"), QStringLiteral("busybox:latest"), QStringLiteral("created"), utc(2026, 3, 1)));
        m_model->setContainers(threeContainers());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 0);
        m_model->setContainers(four);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 3);
        QCOMPARE(inserted.last().at(2).toInt(), 3);
        QCOMPARE(m_model->rowOf(fourthId), 3);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(resets.count(), 0);
    }

    void changesOneRowWithItsRoles()
    {
        m_model->setContainers(threeContainers());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

        ContainerSummary db = threeContainers().at(1);
        db.state = QStringLiteral("running");
        db.status = QStringLiteral("Up 1 second");
        m_model->updateContainer(db);
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.first().at(0).toModelIndex();
        const auto bottomRight = changed.first().at(1).toModelIndex();
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(bottomRight.row(), 1);
        // The whole row: the state shows in the state cell, its colour and the tooltip.
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), ContainerModel::ColumnCount - 1);
        const QList<int> roles = rolesOf(changed.first());
        // No roles means every role; otherwise the state and what shows it.
        QVERIFY2(roles.isEmpty() ||
                     (roles.contains(Qt::DisplayRole) && roles.contains(ContainerModel::StateRole) && roles.contains(ContainerModel::RawValueRole)),
                 qPrintable(QString::number(roles.size())));
        QCOMPARE(cell(dbId, ContainerModel::StateColumn), QStringLiteral("running"));
        QCOMPARE(m_model->index(1, 0).data(ContainerModel::StateRole).toString(), QStringLiteral("running"));
        QCOMPARE(cell(dbId, ContainerModel::StatusColumn), QStringLiteral("Up 1 second"));
        QCOMPARE(cell(webId, ContainerModel::StateColumn), QStringLiteral("running"));

        // Unchanged: no signal.
        m_model->updateContainer(db);
        QCOMPARE(changed.count(), 1);

        // A count is the one cell with its three roles.
        m_model->setCheckpointCount(dbId, 2);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).toModelIndex(), m_model->index(1, ContainerModel::CheckpointsColumn));
        QCOMPARE(changed.last().at(1).toModelIndex(), m_model->index(1, ContainerModel::CheckpointsColumn));
        QList<int> countRoles{Qt::DisplayRole, ContainerModel::RawValueRole, ContainerModel::CheckpointCountRole};
        std::sort(countRoles.begin(), countRoles.end());
        QCOMPARE(rolesOf(changed.last()), countRoles);
        QCOMPARE(cell(dbId, ContainerModel::CheckpointsColumn), QStringLiteral("2"));
        QCOMPARE(m_model->index(1, 0).data(ContainerModel::CheckpointCountRole).toInt(), 2);
        m_model->setCheckpointCount(dbId, 2);
        QCOMPARE(changed.count(), 2);
        m_model->setCheckpointCount(QStringLiteral("no-such-id"), 5);
        QCOMPARE(changed.count(), 2);

        // A new checkpoint is the last-checkpoint cell; an older one changes nothing.
        const QDateTime taken = utc(2026, 4, 1);
        m_model->noteCheckpoint(dbId, taken);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.last().at(0).toModelIndex(), m_model->index(1, ContainerModel::LastCheckpointColumn));
        QCOMPARE(changed.last().at(1).toModelIndex(), m_model->index(1, ContainerModel::LastCheckpointColumn));
        const QList<int> timeRoles = rolesOf(changed.last());
        QVERIFY(timeRoles.contains(Qt::DisplayRole));
        QVERIFY(timeRoles.contains(ContainerModel::RawValueRole));
        QCOMPARE(m_model->index(1, ContainerModel::LastCheckpointColumn).data(ContainerModel::RawValueRole).toDateTime(), taken);
        QVERIFY(!cell(dbId, ContainerModel::LastCheckpointColumn).isEmpty());
        m_model->noteCheckpoint(dbId, utc(2026, 3, 1));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(m_model->index(1, ContainerModel::LastCheckpointColumn).data(ContainerModel::RawValueRole).toDateTime(), taken);
        QCOMPARE(resets.count(), 0);
    }

    void removesOneRow()
    {
        m_model->setContainers(threeContainers());
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

        m_model->removeContainer(webId);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(removed.first().at(2).toInt(), 0);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_proxy->rowCount(), 2);
        QCOMPARE(m_model->rowOf(webId), -1);
        QCOMPARE(m_model->rowOf(QStringLiteral("web-frontend")), -1);
        // The rows below moved up and are found where they are now.
        QCOMPARE(m_model->rowOf(dbId), 0);
        QCOMPARE(m_model->rowOf(cacheId), 1);
        QCOMPARE(m_model->index(1, 0).data(ContainerModel::IdRole).toString(), cacheId);
        QCOMPARE(cell(cacheId, ContainerModel::NameColumn), QStringLiteral("cache"));

        m_model->removeContainer(QStringLiteral("no-such-id"));
        QCOMPARE(removed.count(), 1);

        // A listing without a container removes just that row.
        m_model->setContainers({threeContainers().at(2)});
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed.last().at(1).toInt(), 0);
        QCOMPARE(removed.last().at(2).toInt(), 0);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->rowOf(cacheId), 0);
        QCOMPARE(resets.count(), 0);
    }

    void renamesInPlace()
    {
        m_model->setContainers(threeContainers());
        m_proxy->sort(ContainerModel::NameColumn);
        QCOMPARE(idsOf(*m_proxy), (QStringList{cacheId, dbId, webId}));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

        ContainerSummary web = threeContainers().at(0);
        web.name = QStringLiteral("a-web");
        m_model->updateContainer(web);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(m_model->rowOf(webId), 0);
        QCOMPARE(m_model->rowOf(QStringLiteral("a-web")), 0);
        QCOMPARE(m_model->rowOf(QStringLiteral("web-frontend")), -1);
        QCOMPARE(cell(webId, ContainerModel::NameColumn), QStringLiteral("a-web"));
        // The sorted proxy follows the new name.
        QCOMPARE(idsOf(*m_proxy), (QStringList{webId, cacheId, dbId}));
        m_proxy->setText(QStringLiteral("frontend"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setText(QStringLiteral("A-WEB"));
        QCOMPARE(idsOf(*m_proxy), QStringList{webId});
    }

    void filtersByText()
    {
        m_model->setContainers(threeContainers());
        m_proxy->sort(ContainerModel::NameColumn);

        // Name and image, case-insensitively; the id from its start.
        m_proxy->setText(QStringLiteral("WEB"));
        QCOMPARE(idsOf(*m_proxy), QStringList{webId});
        m_proxy->setText(QStringLiteral("postgres"));
        QCOMPARE(idsOf(*m_proxy), QStringList{dbId});
        m_proxy->setText(QStringLiteral("cccc33"));
        QCOMPARE(idsOf(*m_proxy), QStringList{cacheId});
        m_proxy->setText(QStringLiteral("1111"));
        QCOMPARE(idsOf(*m_proxy), QStringList());
        m_proxy->setText(QStringLiteral("  cache "));
        QCOMPARE(idsOf(*m_proxy), QStringList{cacheId});
        m_proxy->setText(QStringLiteral("e"));
        QCOMPARE(idsOf(*m_proxy), (QStringList{cacheId, dbId, webId}));
        m_proxy->setText(QStringLiteral("nothing like it"));
        QCOMPARE(m_proxy->rowCount(), 0);

        // A row that comes to match while the filter is on shows up.
        ContainerSummary db = threeContainers().at(1);
        db.image = QStringLiteral("nothing like it:1");
        m_model->updateContainer(db);
        QCOMPARE(idsOf(*m_proxy), QStringList{dbId});

        m_proxy->setText(QString());
        QCOMPARE(m_proxy->rowCount(), 3);
    }

    void filtersByState()
    {
        m_model->setContainers(threeContainers());
        m_proxy->sort(ContainerModel::NameColumn);

        m_proxy->setState(QStringLiteral("running"));
        QCOMPARE(idsOf(*m_proxy), (QStringList{cacheId, webId}));
        m_proxy->setState(QStringLiteral("exited"));
        QCOMPARE(idsOf(*m_proxy), QStringList{dbId});
        m_proxy->setState(QStringLiteral("paused"));
        QCOMPARE(m_proxy->rowCount(), 0);

        // A state change moves a row into and out of the filter.
        ContainerSummary web = threeContainers().at(0);
        web.state = QStringLiteral("paused");
        m_model->updateContainer(web);
        QCOMPARE(idsOf(*m_proxy), QStringList{webId});
        m_proxy->setState(QStringLiteral("running"));
        QCOMPARE(idsOf(*m_proxy), QStringList{cacheId});

        // With text too: both must match.
        m_proxy->setText(QStringLiteral("web"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setState(QString());
        QCOMPARE(idsOf(*m_proxy), QStringList{webId});
        m_proxy->setText(QString());
        QCOMPARE(m_proxy->rowCount(), 3);
    }

    void filtersThoseWithCheckpoints()
    {
        m_model->setContainers(threeContainers());
        m_proxy->sort(ContainerModel::NameColumn);
        m_model->setCheckpointCount(webId, 2);
        m_model->setCheckpointCount(dbId, 0);
        // cache: not counted yet.

        m_proxy->setOnlyWithCheckpoints(true);
        QCOMPARE(idsOf(*m_proxy), QStringList{webId});
        m_model->setCheckpointCount(cacheId, 1);
        QCOMPARE(idsOf(*m_proxy), (QStringList{cacheId, webId}));
        m_model->setCheckpointCount(webId, 0);
        QCOMPARE(idsOf(*m_proxy), QStringList{cacheId});
        m_proxy->setText(QStringLiteral("web"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setText(QString());

        m_proxy->setOnlyWithCheckpoints(false);
        QCOMPARE(idsOf(*m_proxy), (QStringList{cacheId, dbId, webId}));
    }

    void sortsByRawValues()
    {
        m_model->setContainers(threeContainers());
        m_model->setCheckpointCount(webId, 10);
        m_model->setCheckpointCount(dbId, 9);
        // cache: not counted (-1, an empty cell).

        // The test has teeth only if the displayed strings sort otherwise.
        QStringList shown;
        for (const QString &id : {dbId, webId, cacheId}) {
            shown.append(cell(id, ContainerModel::CreatedColumn));
        }
        QStringList shownSorted = shown;
        std::sort(shownSorted.begin(), shownSorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QVERIFY2(shownSorted != shown, qPrintable(shown.join(QLatin1String(" | "))));

        m_proxy->sort(ContainerModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(idsOf(*m_proxy), (QStringList{dbId, webId, cacheId}));
        m_proxy->sort(ContainerModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(idsOf(*m_proxy), (QStringList{cacheId, webId, dbId}));

        // "10" before "9" as text; 9 before 10 as numbers.
        m_proxy->sort(ContainerModel::CheckpointsColumn, Qt::AscendingOrder);
        QCOMPARE(idsOf(*m_proxy), (QStringList{cacheId, dbId, webId}));

        // The sort follows changes (dynamic sort).
        m_model->setCheckpointCount(cacheId, 11);
        QCOMPARE(idsOf(*m_proxy), (QStringList{dbId, webId, cacheId}));
        ContainerSummary db = threeContainers().at(1);
        db.created = utc(2027, 1, 1);
        m_model->updateContainer(db);
        m_proxy->sort(ContainerModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(idsOf(*m_proxy), (QStringList{webId, cacheId, dbId}));
    }

    void followsAMonitor()
    {
        // Never started: the monitor's client is never asked anything.
        const auto endpoint = EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/stasis-containermodeltest.sock"));
        QVERIFY2(endpoint, qPrintable(endpoint.error()));
        EngineClient client(*endpoint);
        ContainerMonitor monitor(&client);
        m_model->follow(&monitor);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

        Q_EMIT monitor.containersListed(threeContainers());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowCount(), 3);

        ContainerSummary web = threeContainers().at(0);
        web.state = QStringLiteral("exited");
        Q_EMIT monitor.containerChanged(web);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(webId, ContainerModel::StateColumn), QStringLiteral("exited"));

        Q_EMIT monitor.checkpointsCounted(webId, 3);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(cell(webId, ContainerModel::CheckpointsColumn), QStringLiteral("3"));

        Q_EMIT monitor.checkpointTaken(webId, utc(2026, 5, 1));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(m_model->index(0, ContainerModel::LastCheckpointColumn).data(ContainerModel::RawValueRole).toDateTime(), utc(2026, 5, 1));

        // A container the listing did not have is one more row.
        const QString newId = QStringLiteral("eeee5555eeee5555eeee5555eeee5555eeee5555eeee5555eeee5555eeee5555");
        Q_EMIT monitor.containerChanged(summary(newId, QStringLiteral("late"), QStringLiteral("busybox:latest"), QStringLiteral("created"), utc(2026, 6, 1)));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(m_model->rowOf(newId), 3);

        Q_EMIT monitor.containerRemoved(dbId);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_model->rowOf(dbId), -1);
        QCOMPARE(m_model->rowOf(newId), 2);
        QCOMPARE(m_model->rowCount(), 3);
    }

    void rowsDragAsContainerNames()
    {
        m_model->setContainers(threeContainers());
        const int web = m_model->rowOf(webId);
        const int cache = m_model->rowOf(cacheId);
        QVERIFY(m_model->flags(m_model->index(web, ContainerModel::NameColumn)).testFlag(Qt::ItemIsDragEnabled));
        QCOMPARE(m_model->mimeTypes(), QStringList{QString(ContainerModel::containerMimeType)});
        // A dragged row's cells, all of them, name it once.
        const QModelIndexList dragged{m_model->index(web, ContainerModel::NameColumn),
                                      m_model->index(web, ContainerModel::StateColumn),
                                      m_model->index(cache, ContainerModel::ImageColumn)};
        const std::unique_ptr<QMimeData> data(m_model->mimeData(dragged));
        QCOMPARE(ContainerModel::containerNames(data.get()), (QStringList{QStringLiteral("web-frontend"), QStringLiteral("cache")}));
        QMimeData files;
        files.setText(QStringLiteral("web-frontend"));
        QVERIFY(ContainerModel::containerNames(&files).isEmpty());
        QVERIFY(ContainerModel::containerNames(nullptr).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ContainerModelTest)
#include "containermodeltest.moc"
