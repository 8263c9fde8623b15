/// The people and places of an inspection (issue 18): the enterprise's legal representative, the
/// place inspected and the enterprise's person present, a hazard's place (隐患部位), and the
/// words that stand for who recorded a step when no one was named.
public enum PeopleText: String, CatalogMessage {
    /// `enterprise show`: `{0}` the legal representative.
    case legalRepresentativeLine
    /// `session show`: `{0}` the place inspected.
    case placeLine
    /// `hazard show`: `{0}` the hazard's place.
    case hazardPlaceLine
    /// `session show`: `{0}` the person present.
    case presentLine
    /// `{0}` session: a self-check records no place or person present.
    case selfCheckHasNoPeople
    /// A post given without a person to hold it.
    case postWithoutName
    /// `session update` given nothing to change.
    case nothingToUpdate
    /// `session update` done: `{0}` session, `{1}` place, `{2}` person present.
    case sessionUpdated
    /// A value not recorded.
    case notRecorded
    /// `hazard update --place` done: `{0}` hazard, `{1}` place.
    case hazardPlaced
    /// `hazard update --place ""` done: `{0}` hazard.
    case hazardPlaceCleared
    /// The history note of a place change: `{0}` old place, `{1}` new place.
    case placeChangeNote
    /// `hazard update` given neither --status nor --place.
    case hazardUpdateNeedsChange
    /// Who recorded a step when no --by named anyone and the station has no name set.
    case stationActor
    /// Who reported a rectification when no --by named anyone and the enterprise has no contact.
    case enterpriseActor
    /// Between two notes joined into one.
    case noteSeparator

    public var zh: String {
        switch self {
        case .legalRepresentativeLine: "法定代表人      {0}"
        case .placeLine: "检查场所        {0}"
        case .hazardPlaceLine: "隐患部位：{0}"
        case .presentLine: "企业在场人员    {0}"
        case .selfCheckHasNoPeople: "会话 {0} 是企业自查：检查场所和企业在场人员只记录于本站的检查"
        case .postWithoutName: "--present-post 需要在场人员姓名：请同时给出 --present"
        case .nothingToUpdate: "请给出 --place、--present 或 --present-post 中至少一项"
        case .sessionUpdated: "已更新会话 {0}：检查场所 {1}；企业在场人员 {2}"
        case .notRecorded: "（未记录）"
        case .hazardPlaced: "隐患 {0} 的部位已记为“{1}”"
        case .hazardPlaceCleared: "已清除隐患 {0} 的部位"
        case .placeChangeNote: "隐患部位：{0} → {1}"
        case .hazardUpdateNeedsChange: "请给出 --status 或 --place"
        case .stationActor: "体检站"
        case .enterpriseActor: "企业"
        case .noteSeparator: "；"
        }
    }

    public var en: String {
        switch self {
        case .legalRepresentativeLine: "Legal rep.      {0}"
        case .placeLine: "Place inspected {0}"
        case .hazardPlaceLine: "Place: {0}"
        case .presentLine: "Person present  {0}"
        case .selfCheckHasNoPeople: "session {0} is a self-check: the place inspected and the person present are recorded for the station's inspections only"
        case .postWithoutName: "--present-post needs the person present's name: give --present too"
        case .nothingToUpdate: "give at least one of --place, --present or --present-post"
        case .sessionUpdated: "updated session {0}: place inspected {1}; person present {2}"
        case .notRecorded: "(not recorded)"
        case .hazardPlaced: "hazard {0}: place recorded as \"{1}\""
        case .hazardPlaceCleared: "hazard {0}: place cleared"
        case .placeChangeNote: "place: {0} → {1}"
        case .hazardUpdateNeedsChange: "give --status or --place"
        case .stationActor: "station"
        case .enterpriseActor: "enterprise"
        case .noteSeparator: "; "
        }
    }
}
