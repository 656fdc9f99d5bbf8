import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COLLECTIVE, expandGroup, isCollective, looksLikeUnitList, readLeaderList, readUnitList } from '../../server/src/core/parse/units';

const expand = (s: string) => readUnitList(s, 0, 0, s.length).map((u) => u.name);

describe('unit lists: a shared prefix/suffix is written once', () => {
  it.each([
    ['区科经、商务局', ['区科经局', '区商务局']],
    ['郑店、五里界街道办事处', ['郑店街道办事处', '五里界街道办事处']],
    ['区发改、自然资源和规划局', ['区发改局', '区自然资源和规划局']],
    // Regression (seed 003 line 67): 农业农村 ends in 村 but is not a complete name inside a run.
    ['区科经、商务、农业农村、文旅局', ['区科经局', '区商务局', '区农业农村局', '区文旅局']],
    ['区委组织部、区科经、商务局', ['区委组织部', '区科经局', '区商务局']],
    ['区科经、商务局,郑店、五里界街道办事处', ['区科经局', '区商务局', '郑店街道办事处', '五里界街道办事处']],
  ])('%s', (input, expected) => expect(expand(input)).toEqual(expected));

  it.each([
    // Complete names are left alone, whatever their endings.
    ['大兴生物医药基地管委会、黄村镇人民政府、大兴基建', ['大兴生物医药基地管委会', '黄村镇人民政府', '大兴基建']],
    ['区交通运输局、区供销社、区邮政公司', ['区交通运输局', '区供销社', '区邮政公司']],
    ['蔡甸街道、中法生态城相关处室', ['蔡甸街道', '中法生态城相关处室']],
    ['区直各单位、各街道办事处', ['区直各单位', '各街道办事处']],
    // A body ending in 处 / 站 / 队 is whole: it does not borrow the ending of the name closing the run.
    ['市政局、环卫处、崇川经济开发区', ['市政局', '环卫处', '崇川经济开发区']],
    ['县农机站、县城管执法大队、经济开发区', ['县农机站', '县城管执法大队', '经济开发区']],
    // Names complete with a weak ending (镇 所 科 股 室 社区 村委会 …) or that are an ending (办公室):
    // township and bureau plans list them short, and they never borrow the next name's ending.
    ['古林镇、石碶街道', ['古林镇', '石碶街道']],
    // A street written short (铁西 2019 `仁兴街、执法局`): was 仁兴街局.
    ['仁兴街、执法局', ['仁兴街', '执法局']],
    // A committee's body and the government's of the same level, each written in full: was 区区政府新闻办.
    ['区委宣传部、区政府新闻办', ['区委宣传部', '区政府新闻办']],
    ['县委办、县政府办', ['县委办', '县政府办']],
    ['市委办公室、市政府办公室', ['市委办公室', '市政府办公室']],
    // 区政协, 区政法委 write their level too (regression hunt: were 区区政协办, 区区政法委); 市政局 is a bureau's name.
    ['区人大办、区政协办', ['区人大办', '区政协办']],
    ['区委宣传部、区政法委', ['区委宣传部', '区政法委']],
    ['县工信局、发改局、市政局', ['县工信局', '县发改局', '县市政局']],
    ['消泗乡、桐湖办事处', ['消泗乡', '桐湖办事处']],
    ['司法所、文化站', ['司法所', '文化站']],
    ['市监所、镇卫生院', ['市监所', '镇卫生院']],
    ['供电所、自来水公司', ['供电所', '自来水公司']],
    ['行政审批科、政务服务中心', ['行政审批科', '政务服务中心']],
    ['计财股、局办公室', ['计财股', '局办公室']],
    ['办公室、机关党委', ['办公室', '机关党委']],
    ['督查室、综治中心', ['督查室', '综治中心']],
    ['社区、综治中心', ['社区', '综治中心']],
    ['村委会、文化站', ['村委会', '文化站']],
    ['合作社、综治中心', ['合作社', '综治中心']],
    ['滁州海关、滁州经开区管委会', ['滁州海关', '滁州经开区管委会']],
  ])('%s stays as written', (input, expected) => expect(expand(input)).toEqual(expected));

  it.each([
    // Levels of government written once, with 各 before the first and the body after the last.
    ['市统计局，各县、市、区政府', ['市统计局', '各县政府', '各市政府', '各区政府']],
    // A level with its alternative in brackets (运城 2017, hunt d6).
    ['各区、县(市)人民政府', ['各区人民政府', '各县(市)人民政府']],
    ['各市、县人民政府', ['各市人民政府', '各县人民政府']],
    ['各乡、镇人民政府', ['各乡人民政府', '各镇人民政府']],
    ['市、县两级政府', ['市政府', '县政府']],
    // The run of levels may close a group that names other bodies first, and open with 相关 / 有关.
    ['省民政厅、各市、县人民政府', ['省民政厅', '各市人民政府', '各县人民政府']],
    ['省交通运输厅、相关市、县政府', ['省交通运输厅', '相关市政府', '相关县政府']],
    ['有关县、区政府', ['有关县政府', '有关区政府']],
    ['县、乡两级政府', ['县政府', '乡政府']],
    // Not a run of levels: left to the rules above.
    ['市委、市政府', ['市委', '市政府']],
    ['区发改局、区政府', ['区发改局', '区政府']],
    // A note closing the list is no name.
    ['市政府有关部门，各县市区，以下均需各县市区落实，不再逐一列出', ['市政府有关部门', '各县市区']],
    ['区财政局，下同', ['区财政局']],
    ['区财政局，不再列出', ['区财政局']],
  ])('%s', (input, expected) => expect(expand(input)).toEqual(expected));

  it.each([
    // The level written once, before the first name: each later bare department is that level's.
    ['县工信局、发改局、住建局、统计局', ['县工信局', '县发改局', '县住建局', '县统计局']],
    ['省工信委、国土资源厅、住建厅、金融办', ['省工信委', '省国土资源厅', '省住建厅', '省金融办']],
    ['区法院、检察院', ['区法院', '区检察院']],
    ['市生态环境局、市场监管局', ['市生态环境局', '市市场监管局']],
    ['县委组织部、宣传部、人社局', ['县委组织部', '县委宣传部', '县人社局']],
    // Not spread: a later name writes its own level (the list writes names in full), a name with a place or
    // level inside, a national body, a collective, a company; and no level before the first name.
    ['区融媒体中心、区商务局、大数据中心', ['区融媒体中心', '区商务局', '大数据中心']],
    ['县发改局、人民银行县支行、团县委', ['县发改局', '人民银行县支行', '团县委']],
    ['省发展改革委、国家统计局山东调查总队、中国人民银行济南分行', ['省发展改革委', '国家统计局山东调查总队', '中国人民银行济南分行']],
    ['县财政局、各乡镇人民政府、供电公司', ['县财政局', '各乡镇人民政府', '供电公司']],
    // Central vertical bodies named after their port city (福建 2007: 省环保局 yes, 省厦门出入境检验检疫局 no).
    ['省农业厅、环保局、福建出入境检验检疫局、厦门出入境检验检疫局', ['省农业厅', '省环保局', '福建出入境检验检疫局', '厦门出入境检验检疫局']],
    ['市发改委、财政局、海事局', ['市发改委', '市财政局', '海事局']],
    ['市政园林局、城管局', ['市政园林局', '城管局']],
    // A party body after a government bureau names no level's body (县委宣传部 is the committee's); a 公积金 centre is the city's.
    ['县发改局、宣传部、网信办', ['县发改局', '宣传部', '网信办']],
    ['县住建局、住房公积金管理中心', ['县住建局', '住房公积金管理中心']],
    // A 管委会 is a named zone's, never a level's department (probe 21: 市光谷科学城管委会).
    ['市投资促进局、光谷科学城管委会', ['市投资促进局', '光谷科学城管委会']],
    // The levels of 内蒙古 and the autonomous regions and prefectures (呼包银榆 2013): 旗, 盟, 州, 镇, 自治区, 自治州.
    ['旗财政局、自然资源局、农牧局', ['旗财政局', '旗自然资源局', '旗农牧局']],
    ['自治区发展改革委、工业和信息化厅、自然资源厅,相关盟市', ['自治区发展改革委', '自治区工业和信息化厅', '自治区自然资源厅', '相关盟市']],
    ['州住建局、交通运输局', ['州住建局', '州交通运输局']],
    ['旗委组织部、宣传部', ['旗委组织部', '旗委宣传部']],
    // A national regulator's provincial branch is named after its province (河南 2023): no 省 before it.
    ['省商务厅、财政厅、地方金融监管局、人行郑州中心支行、河南银保监局', ['省商务厅', '省财政厅', '省地方金融监管局', '人行郑州中心支行', '河南银保监局']],
    ['省发展改革委、湖南能源监管办、证监局', ['省发展改革委', '湖南能源监管办', '证监局']],
    ['县委组织部、网信办', ['县委组织部', '县委网信办']],
  ])('%s', (input, expected) => expect(expand(input)).toEqual(expected));

  it('a name the level is spread to keeps the span written for it, and rename writes it back short', () => {
    const line = '（县工信局、发改局）';
    expect(readUnitList(line, 0, 1, line.length - 1).map((u) => [u.name, u.written.text, u.written.range.start.character])).toEqual([
      ['县工信局', '县工信局', 1],
      ['县发改局', '发改局', 6],
    ]);
  });

  it('a duty inside the group (`经济投资局和航空口岸局分别牵头、区发改局`, 海曙 2023) marks the names before it, not those after', () => {
    const line = '经济投资局和航空口岸局分别牵头、区发改局';
    expect(readUnitList(line, 0, 0, line.length).map((u) => [u.name, u.written.text, u.aliases])).toEqual([
      ['经济投资局', '经济投资局', ['牵头']],
      ['航空口岸局', '航空口岸局', ['牵头']],
      ['区发改局', '区发改局', []],
    ]);
    // A word that merely ends as a duty (`…协办`) after no unit's name is left alone.
    const other = '区委宣传部、区委网信办、区文明办';
    expect(readUnitList(other, 0, 0, other.length).map((u) => u.aliases)).toEqual([[], [], []]);
  });

  it('levels a collective names inside it in brackets are its own words (`各县(市、区)人民政府`, 河池 2024, 运城 2017)', () => {
    const line = '市民政局,各县(区)人民政府、各县（市、区）政府、各区(市)县政府(管委会),区财政局(金融办)';
    expect(readUnitList(line, 0, 0, line.length).map((u) => [u.name, u.written.text, u.aliases, u.collective])).toEqual([
      ['市民政局', '市民政局', [], false],
      ['各县(区)人民政府', '各县(区)人民政府', [], true],
      ['各县（市、区）政府', '各县（市、区）政府', [], true],
      // A bracket closing the name is another body or a note, as before.
      ['各区(市)县政府', '各区(市)县政府', ['管委会'], true],
      ['区财政局', '区财政局', ['金融办'], false],
    ]);
  });

  it('a star after a name marks the lead (`区财政局*、区发改局`, as `标*的为牵头单位`): the name without it, noted 牵头', () => {
    const line = '区财政局*、区发改局、区科技局＊';
    expect(readUnitList(line, 0, 0, line.length).map((u) => [u.name, u.written.text, u.aliases])).toEqual([
      ['区财政局', '区财政局', ['牵头']],
      ['区发改局', '区发改局', []],
      ['区科技局', '区科技局', ['牵头']],
    ]);
  });

  it('a ★ or ▲ before a name marks the lead too (吴江 2024 `★区发改委、统计局`), and the level it opens is shared on', () => {
    const line = '★区发改委、统计局';
    expect(readUnitList(line, 0, 0, line.length).map((u) => [u.name, u.written.text, u.written.range.start.character, u.aliases])).toEqual([
      ['区发改委', '区发改委', 1, ['牵头']],
      ['区统计局', '统计局', 6, []],
    ]);
    const marked = '区财政局、▲区税务局';
    expect(readUnitList(marked, 0, 0, marked.length).map((u) => [u.name, u.aliases])).toEqual([
      ['区财政局', []],
      ['区税务局', ['牵头']],
    ]);
  });

  it('各 written once before levels (`各区、县级市`, 广州 2012) is each level\'s: two collectives, not a unit named 县级市', () => {
    const list = '市委组织部，各区、县级市';
    const units = readUnitList(list, 0, 0, list.length);
    expect(units.map((u) => [u.name, u.collective, u.written.text])).toEqual([
      ['市委组织部', false, '市委组织部'],
      ['各区', true, '各区'],
      ['各县级市', true, '县级市'],
    ]);
    expect(units[2].written.range).toEqual({ start: { line: 0, character: list.length - 3 }, end: { line: 0, character: list.length } });
    expect(expand('各乡镇、街道')).toEqual(['各乡镇', '各街道']);
  });

  it('each of 各县、市、区政府 keeps the span written for it', () => {
    const line = '各县、市、区政府';
    expect(readUnitList(line, 0, 0, line.length).map((u) => [u.name, u.written.text, u.collective])).toEqual([
      ['各县政府', '各县', true],
      ['各市政府', '市', true],
      ['各区政府', '区政府', true],
    ]);
  });

  it('keeps brackets as aliases and the written span without them', () => {
    const [u] = readUnitList('蔡甸经济开发区〈奓山街道〉', 3, 0, 13);
    expect(u).toMatchObject({ name: '蔡甸经济开发区', aliases: ['奓山街道'], written: { text: '蔡甸经济开发区' } });
    expect(u.written.range).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: 7 } });
  });

  it('expandGroup is pure over names', () => {
    expect(expandGroup(['区财政', '审计局'])).toEqual(['区财政局', '区审计局']);
  });
});

describe('collective names (各街道, 相关部门, 属地) are told by hand as the pattern tells them', () => {
  // Fragments that the pattern's anchors and alternatives turn on, glued in random order.
  const pieces = ['各', '相关', '有关', '全区', '区直', '市直', '县直', '其他', '其它', '成员单位', '牵头单位', '处室', '部门', '单位', '街道', '属地', '区', '发改局', '财政', '办事处', '等', '（', '）', '直属', '所属', '下属', '局'];
  it('on every glued name', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }), (parts) => {
        const name = parts.join('');
        expect(isCollective(name)).toBe(COLLECTIVE.test(name));
      }),
      { numRuns: 2000 },
    );
  });
  it.each([['各街道办事处', true], ['区直各单位', true], ['相关部门', true], ['区属地', true], ['区发改局', false], ['区各相关部门', true], ['区卫健局各相关科室', true], ['市局直属单位', true], ['局下属单位', true], ['直属', false], ['', false]])('%s', (name, expected) =>
    expect(isCollective(name)).toBe(expected),
  );
});

describe('blanks a web copy left inside a name', () => {
  it.each([
    ['市 财政局', ['市财政局']],
    ['市 住建局 、资源规划 局、 城管局', ['市住建局', '市资源规划局', '市城管局']],
    ['伏羲山 管委会', ['伏羲山管委会']],
    ['区发改局 区财政局', ['区发改局', '区财政局']],
  ])('%s', (input, expected) => expect(expand(input)).toEqual(expected));
  it('the written span keeps the blanks (what a rename or a fix replaces)', () => {
    const [u] = readUnitList('市 财政局', 0, 0, 5);
    expect([u.name, u.written.text]).toEqual(['市财政局', '市 财政局']);
  });
  it('a leader\'s name padded to align is one name; people listed between blanks are each a leader, at their own ranges', () => {
    expect(readLeaderList('王  伟', 0, 0, 4).map((u) => u.name)).toEqual(['王伟']);
    // A person with their post beside the name is the person; a post alone, or a body after a post, stays as written.
    const leaders = (s: string) => readLeaderList(s, 0, 0, s.length).map((u) => [u.name, u.written.text]);
    expect(leaders('于会游市长、洪湖鹏常务副市长、李明同志')).toEqual([['于会游', '于会游市长'], ['洪湖鹏', '洪湖鹏常务副市长'], ['李明', '李明同志']]);
    expect(leaders('副区长王伟、常务副区长张晓晟')).toEqual([['王伟', '副区长王伟'], ['张晓晟', '常务副区长张晓晟']]);
    const posts = ['常务副区长', '分管副省长', '区委书记', '区长办公会', '党组书记', '办公室主任', '政协主席', '张市长', '市长'];
    expect(leaders(posts.join('、')).map(([n]) => n)).toEqual(posts);
    expect(readLeaderList('王伟 李明', 2, 0, 5).map((u) => [u.name, u.written.range])).toEqual([
      ['王伟', { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } }],
      ['李明', { start: { line: 2, character: 3 }, end: { line: 2, character: 5 } }],
    ]);
    expect(readLeaderList('张三\u3000李四、王五', 0, 0, 8).map((u) => u.name)).toEqual(['张三', '李四', '王五']);
    // A post before a name is no second leader.
    expect(readLeaderList('副区长 张三', 0, 0, 6).map((u) => u.name)).toEqual(['副区长 张三']);
    // A seat on a committee held beside a post is the same person's title (`县委常委、副县长 周涛`; probe 21).
    expect(leaders('县委常委、副县长 周涛')).toEqual([['县委常委、副县长 周涛', '县委常委、副县长 周涛']]);
    expect(leaders('区委常委、常务副区长,副区长 李明')).toEqual([['区委常委、常务副区长', '区委常委、常务副区长'], ['副区长 李明', '副区长 李明']]);
    expect(leaders('党组成员、副局长')).toEqual([['党组成员、副局长', '党组成员、副局长']]);
  });
  it('two names each padded to three characters and written with nothing between them are two leaders (南陵 2024 `陆 明俞 悦`)', () => {
    expect(readLeaderList('陆 明俞 悦', 1, 0, 6).map((u) => [u.name, u.written.text, u.written.range.start.character, u.written.range.end.character])).toEqual([
      ['陆明', '陆 明', 0, 3],
      ['俞悦', '俞 悦', 3, 6],
    ]);
    expect(readLeaderList('陆 明俞 悦张 三', 0, 0, 9).map((u) => u.name)).toEqual(['陆明', '俞悦', '张三']);
    // One padded name keeps its reading; a two-character surname is no padded pair.
    expect(readLeaderList('俞 悦', 0, 0, 3).map((u) => u.name)).toEqual(['俞悦']);
    expect(readLeaderList('欧阳 明 张', 0, 0, 6).map((u) => u.name)).not.toContain('阳明');
  });
});

describe('names separated by blanks instead of 、 (web copies)', () => {
  it('are read as separate names, each at its own range', () => {
    const line = '区财政局 区住建局\u3000区自然资源和规划局';
    const units = readUnitList(line, 4, 0, line.length);
    expect(units.map((u) => [u.name, u.written.range.start.character, u.written.range.end.character])).toEqual([
      ['区财政局', 0, 4],
      ['区住建局', 5, 9],
      ['区自然资源和规划局', 10, 19],
    ]);
  });
  it.each([
    // One name spaced out to align (its blank is no part of the name), a name with a bracket, parts without a unit ending: kept whole.
    ['区 发改局', ['区发改局']],
    ['区发改局（牵头） 区财政局', ['区发改局 区财政局']],
    ['张三 区财政局', ['张三 区财政局']],
    // A collective's note in brackets left a blank before the body it names (安康 2021): one name, each county's 安委会.
    ['各县区(开发区) 安委会', ['各县区安委会']],
    // Mixed with 、 and ，: each piece is judged on its own.
    ['区发改局、区财政局 区商务局，各街道办事处', ['区发改局', '区财政局', '区商务局', '各街道办事处']],
  ])('%s', (input, expected) => expect(expand(input)).toEqual(expected));
});


describe('names joined by 会 (会同), as Guangdong\'s ledgers write who works with whom', () => {
  it.each([
    ['宣传处会政法处', ['宣传处', '政法处']],
    ['市发改局会市财政局', ['市发改局', '市财政局']],
    ['市财政局会同市税务局', ['市财政局', '市税务局']],
    // After 委, 会 ends the name (管委会, 村委会); a name whose second part is no whole name stays one.
    ['区管委会办公室', ['区管委会办公室']],
    ['市发展改革委会市财政局', ['市发展改革委会市财政局']],
    ['市总工会', ['市总工会']],
    ['区工商联会员服务中心', ['区工商联会员服务中心']],
  ])('%s', (input, expected) => expect(expand(input)).toEqual(expected));

  it('each name at its own range', () => {
    const line = '宣传处会政法处';
    expect(readUnitList(line, 2, 0, line.length).map((u) => [u.name, u.written.range.start.character, u.written.range.end.character])).toEqual([
      ['宣传处', 0, 3],
      ['政法处', 4, 7],
    ]);
  });
});

describe('a collective\'s qualifier written once before several kinds of body (hunt d17: 威海 2023)', () => {
  it.each([
    ['市直有关部门、单位', ['市直有关部门', '市直有关单位']],
    ['各有关部门、单位', ['各有关部门', '各有关单位']],
    ['县直各部门、单位、企业', ['县直各部门', '县直各单位', '县直各企业']],
  ])('%s', (input, expected) => {
    const units = readUnitList(input, 0, 0, input.length);
    expect(units.map((u) => u.name)).toEqual(expected);
    expect(units.every((u) => u.collective)).toBe(true);
    // Each is written where it stands (`单位`), for references and rename.
    expect(units[1].written.text).toBe(expected[1].slice(-units[1].written.text.length));
  });
  it('a bare kind after a named unit stays as written (nothing to borrow from `县发改局`)', () => {
    expect(expand('县发改局、单位')).toEqual(['县发改局', '单位']);
  });
});

describe('full-width square brackets and a name bracketed whole', () => {
  it('`市商务局［市文旅局］` is 市商务局 with a note, as `市商务局（市文旅局）` is', () => {
    const [u] = readUnitList('市商务局［市文旅局］', 0, 0, 10);
    expect([u.name, u.aliases, u.written.text]).toEqual(['市商务局', ['市文旅局'], '市商务局']);
  });
  it('`市财政局、【市住建局】`: the bracketed name is a unit, written inside its brackets (was dropped)', () => {
    const line = '市财政局、【市住建局】';
    const units = readUnitList(line, 0, 0, line.length);
    expect(units.map((u) => u.name)).toEqual(['市财政局', '市住建局']);
    expect(units[1].written.range).toEqual({ start: { line: 0, character: 6 }, end: { line: 0, character: 10 } });
  });
  it('names each bracketed whole side by side (`【市发改委】【市财政局】`, blanks between or none) are each a unit (both were lost)', () => {
    for (const line of ['【市发改委】【市财政局】', '［市发改委］ ［市财政局］', '[市发改委][市财政局]']) {
      const units = readUnitList(line, 0, 0, line.length);
      const second = line.indexOf('市财政局');
      expect(units.map((u) => [u.name, u.written.text, u.written.range.start.character]), line).toEqual([
        ['市发改委', '市发改委', 1],
        ['市财政局', '市财政局', second],
      ]);
    }
  });
  it('a name with a bracketed note after it stays one name with its note (`市商务局【市文旅局】`)', () => {
    const units = readUnitList('市商务局【市文旅局】', 0, 0, 10);
    expect(units.map((u) => [u.name, u.aliases])).toEqual([['市商务局', ['市文旅局']]]);
  });
});

describe('a duty after the last name in its other wordings (regression hunt)', () => {
  it.each([
    ['县政府办公室、县司法局,乡镇人民政府按照职责分工负责', ['县政府办公室', '县司法局', '乡镇人民政府']],
    ['县卫健委,各乡镇按职责分工负责落实', ['县卫健委', '各乡镇']],
    ['县政府办公室,各乡镇按各自职责负责', ['县政府办公室', '各乡镇']],
    ['县司法局,各乡镇根据职责分工', ['县司法局', '各乡镇']],
    ['县司法局,各乡镇依职责分工抓好落实', ['县司法局', '各乡镇']],
  ])('%s', (input, expected) => expect(expand(input)).toEqual(expected));
  it('`…按职责分工牵头负责` marks the names it closes as leading', () => {
    const units = readUnitList('县司法局,县直各执法部门按职责分工牵头负责', 0, 0, 21);
    expect(units.map((u) => [u.name, u.aliases.includes('牵头')])).toEqual([
      ['县司法局', false],
      ['县直各执法部门', true],
    ]);
  });
});

describe('what the regression hunt found in qualifiers and bracketed lists', () => {
  it.each([
    ['各金融机构、企业', ['各金融机构', '企业']],
    ['各级党组织、单位', ['各级党组织', '单位']],
    ['各级各部门、单位', ['各级各部门', '各级各单位']],
  ])('a bare kind borrows only a qualifier (各, 有关, 市直), not another kind\'s words: %s', (input, expected) => expect(expand(input)).toEqual(expected));
  it('a list set in square brackets whole (`【县财政局、县外事办】`, `［…］`) is the list, each name written where it stands', () => {
    for (const line of ['【县财政局、县外事办】', '［县财政局、县外事办］', '【县财政局；县外事办】']) {
      const units = readUnitList(line, 0, 0, line.length);
      expect(units.map((u) => [u.name, u.written.range.start.character]), line).toEqual([
        ['县财政局', 1],
        ['县外事办', 6],
      ]);
    }
  });
});

describe('a target naming a place to be won is no unit (hunt 19)', () => {
  it.each(['成功创建首批浙江省美丽城镇', '建成美丽乡村示范村', '建成国家级示范区', '打造高新区'])('%s', (cell) => expect(looksLikeUnitList(cell, true)).toBe(false));
  it.each(['建设镇', '建设路街道', '发展村', '钟楼经开区', '东城街道、建设镇'])('a place whose name opens with such a word stays a unit: %s', (cell) => expect(looksLikeUnitList(cell, true)).toBe(true));
  it.each(['含2个省级示范区', '其中省级示范区', '新建3个产业园区', '资金由区财政局'])('a remark in a name\'s place is none: %s', (cell) => expect(looksLikeUnitList(cell)).toBe(false));
  it.each(['含山县', '自由贸易试验区管委会', '市第一人民医院', '123医院', '中电科38所', '县建工3处', '由义镇人民政府'])('a name that holds such characters stays one: %s', (cell) => expect(looksLikeUnitList(cell)).toBe(true));
});

describe('a list or a group bracketed whole inside a field (regression hunt of b637e03)', () => {
  it('`（县财政局、县外事办），各乡镇配合`: the bracketed group is names, written inside the bracket (it was dropped)', () => {
    const line = '（县财政局、县外事办），各乡镇配合';
    expect(readUnitList(line, 0, 0, line.length).map((u) => [u.name, u.written.range.start.character])).toEqual([
      ['县财政局', 1],
      ['县外事办', 6],
      ['各乡镇', 12],
    ]);
  });
  it('`（张三、李四）` as a leaders\' value is the two leaders', () => {
    expect(readLeaderList('（张三、李四）', 0, 0, 7).map((u) => [u.name, u.written.range.start.character])).toEqual([
      ['张三', 1],
      ['李四', 4],
    ]);
  });
  it('a name with a bracketed list after it keeps the list as its note', () => {
    expect(readUnitList('区商务局（区发改局、区财政局）', 0, 0, 15).map((u) => [u.name, u.aliases])).toEqual([['区商务局', ['区发改局、区财政局']]]);
  });
});
