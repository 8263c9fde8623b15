extension StationIdentity {
    /// Who a step is recorded by when no `--by` names anyone: the station's name when set
    /// (`checkup station set --name`), else the catalog's word for the station in `language`.
    public func actor(in language: Language = .current) -> String {
        name ?? PeopleText.stationActor.text(in: language)
    }
}
