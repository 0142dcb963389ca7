// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

namespace Stasis
{

class EngineList;
class EngineSession;

/// The kept engines (EngineList), one row each: the address, and its state —
/// connecting, connected with its Docker version, whether it can checkpoint
/// and how the connection is protected, or why it is not connected.
class EngineListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineListModel)

public:
    enum Role {
        /// The row's EngineSession *.
        SessionRole = Qt::UserRole + 1,
        /// EngineListModel::State.
        StateRole,
    };
    enum class State { Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit EngineListModel(EngineList *engines, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The row of @p session, or -1.
    int rowOf(const EngineSession *session) const;
    /// The engine whose containers the window shows, in bold.
    void setShown(const QString &displayUrl);

private:
    struct Row {
        QPointer<EngineSession> session;
        State state = State::Connecting;
        /// The state's words: the version and protection, or the problem.
        QString stateText;
    };

    void append(EngineSession *session);
    void remove(EngineSession *session);
    void setConnected(EngineSession *session);
    void setState(EngineSession *session, State state, const QString &text);

    EngineList *m_engines;
    QList<Row> m_rows;
    QString m_shown;
};

} // namespace Stasis
