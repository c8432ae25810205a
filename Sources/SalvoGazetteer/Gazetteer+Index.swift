import Foundation

extension Gazetteer {
  /// The compiled index format's magic bytes.
  static let indexMagic: UInt64 = 0x315A_474F_564C_4153  // "SALVOGZ1"
  /// The index version: bump it whenever the format or the compile rules change (alias
  /// variants, case rules), so indexes cached by an older build are recompiled.
  public static let indexVersion: UInt32 = 8

  /// The compiled index: entries without their aliases (the trie holds those) and the trie.
  public func indexBytes() -> [UInt8] {
    var writer = BinaryWriter()
    writer.write(Self.indexMagic)
    writer.write(Self.indexVersion)
    writer.write(sourceHash)
    // Places: their facts raw, then each record, then the records' offsets.
    writer.writeRaw(placeFacts)
    var records = BinaryWriter()
    var offsets: [UInt32] = []
    offsets.reserveCapacity(places.count)
    for place in places {
      offsets.append(UInt32(records.bytes.count))
      PlaceTable.encode(place, to: &records)
    }
    writer.writeRaw(records.bytes)
    writer.writeRaw(offsets)
    writer.write(UInt32(actors.count))
    for actor in actors {
      writer.write(actor.id)
      writer.write(actor.name)
      writer.write(actor.type)
      writer.write(actor.country)
      writer.write(actor.memberOf)
      writer.write(actor.sponsors)
      writer.write(actor.isGeneric)
      writer.write(actor.origin)
    }
    writer.write(UInt32(demonyms.count))
    for demonym in demonyms {
      writer.write(demonym.surface)
      writer.write(demonym.country)
      writer.write(demonym.form)
      writer.write(demonym.origin)
    }
    writer.write(UInt32(weapons.count))
    for weapon in weapons {
      writer.write(weapon.weaponClass)
      writer.write(weapon.family)
      writer.write(weapon.acledSubEventType)
      writer.write(weapon.origin)
    }
    writer.write(UInt32(genericHeads.count))
    for head in genericHeads {
      writer.write(head.head)
      writer.write(head.type)
      writer.write(head.genericID)
      writer.write(head.needsQualifier)
      writer.write(head.demonymIsSponsor)
      writer.write(head.origin)
    }
    writer.write(UInt32(sponsorCues.count))
    for cue in sponsorCues {
      writer.write(cue.cue)
      writer.write(cue.relation)
      writer.write(cue.origin)
    }
    writer.write(UInt32(directions.count))
    for direction in directions {
      writer.write(direction.word)
      writer.write(direction.usage)
      writer.write(direction.origin)
    }
    writer.write(UInt32(exactSurfaces.count))
    for surfaces in exactSurfaces { writer.write(surfaces) }
    writer.writeRaw(trie.edges)
    writer.writeRaw(trie.payloadStart)
    writer.writeRaw(trie.payloads)
    return writer.bytes
  }

  /// Reads a compiled index.
  ///
  /// - Parameters:
  ///   - bytes: the index file's contents.
  ///   - expectedHash: the current sources' fingerprint; a different one means stale.
  /// - Throws: `GazetteerError.badIndex` for a foreign, stale, truncated or damaged index.
  public convenience init(indexBytes bytes: [UInt8], expectedHash: UInt64) throws {
    var reader = BinaryReader(bytes: bytes)
    do {
      guard try reader.read(UInt64.self) == Self.indexMagic,
        try reader.read(UInt32.self) == Self.indexVersion
      else { throw GazetteerError(.badIndex, location: "index", "not a Salvo gazetteer index") }
      let hash = try reader.read(UInt64.self)
      guard hash == expectedHash else {
        throw GazetteerError(.badIndex, location: "index", "stale: built from other sources")
      }
      let facts = try reader.readRaw(PlaceFacts.self)
      let records = try reader.readRaw(UInt8.self)
      let offsets = try reader.readRaw(UInt32.self)
      guard offsets.count == facts.count, offsets.allSatisfy({ Int($0) < max(records.count, 1) })
      else { throw GazetteerError(.badIndex, location: "index", "damaged place table") }
      let places = PlaceTable(bytes: records, offsets: offsets, facts: facts)
      let actors = try (0..<reader.read(UInt32.self)).map { _ in
        ActorEntry(
          id: try reader.readString(), name: try reader.readString(), aliases: [],
          type: try reader.readString(), country: try reader.readOptionalString(),
          memberOf: try reader.readStrings(), sponsors: try reader.readStrings(),
          isGeneric: try reader.readBool(), origin: try reader.readString())
      }
      let demonyms = try (0..<reader.read(UInt32.self)).map { _ in
        DemonymEntry(
          surface: try reader.readString(), country: try reader.readOptionalString(),
          form: try reader.readString(), origin: try reader.readString())
      }
      let weapons = try (0..<reader.read(UInt32.self)).map { _ in
        WeaponEntry(
          weaponClass: try reader.readString(), aliases: [], family: try reader.readString(),
          acledSubEventType: try reader.readOptionalString(), origin: try reader.readString())
      }
      let heads = try (0..<reader.read(UInt32.self)).map { _ in
        GenericHeadEntry(
          head: try reader.readString(), forms: [], type: try reader.readString(),
          genericID: try reader.readString(), needsQualifier: try reader.readBool(),
          demonymIsSponsor: try reader.readBool(), origin: try reader.readString())
      }
      let cues = try (0..<reader.read(UInt32.self)).map { _ in
        SponsorCueEntry(
          cue: try reader.readString(), forms: [], relation: try reader.readString(),
          origin: try reader.readString())
      }
      let directions = try (0..<reader.read(UInt32.self)).map { _ in
        DirectionEntry(
          word: try reader.readString(), forms: [], usage: try reader.readString(),
          origin: try reader.readString())
      }
      let exact = try (0..<reader.read(UInt32.self)).map { _ in try reader.readStrings() }
      let trie = AliasTrie(
        edges: try reader.readRaw(AliasTrie.Edge.self),
        payloadStart: try reader.readRaw(UInt32.self),
        payloads: try reader.readRaw(AliasPayload.self))
      guard trie.edges.count.nonzeroBitCount == 1,
        trie.payloadStart.last.map(Int.init) == trie.payloads.count
      else { throw GazetteerError(.badIndex, location: "index", "damaged trie") }
      self.init(
        places: places, actors: actors, demonyms: demonyms, weapons: weapons,
        genericHeads: heads, sponsorCues: cues, directions: directions, exactSurfaces: exact,
        trie: trie, sourceHash: hash)
    } catch let error as GazetteerError {
      throw error
    } catch {
      throw GazetteerError(.badIndex, location: "index", "truncated index")
    }
  }
}
