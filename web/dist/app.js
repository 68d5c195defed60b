var Oe=globalThis,Te=Oe.trustedTypes,Ve=Te?Te.createPolicy("lit-html",{createHTML:t=>t}):void 0,Xe="$lit$",ee=`lit$${Math.random().toFixed(9).slice(2)}$`,Qe="?"+ee,Nt=`<${Qe}>`,se=document,me=()=>se.createComment(""),fe=t=>t===null||typeof t!="object"&&typeof t!="function",De=Array.isArray,Ot=t=>De(t)||typeof t?.[Symbol.iterator]=="function",_e=`[ 	
\f\r]`,pe=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Je=/-->/g,Ke=/>/g,ne=RegExp(`>|${_e}(?:([^\\s"'>=/]+)(${_e}*=${_e}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Ze=/'/g,qe=/"/g,et=/^(?:script|style|textarea|title)$/i,Fe=t=>(e,...n)=>({_$litType$:t,strings:e,values:n}),c=Fe(1),Vt=Fe(2),Jt=Fe(3),ge=Symbol.for("lit-noChange"),f=Symbol.for("lit-nothing"),Ye=new WeakMap,re=se.createTreeWalker(se,129);function tt(t,e){if(!De(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return Ve!==void 0?Ve.createHTML(e):e}var Dt=(t,e)=>{let n=t.length-1,s=[],o,r=e===2?"<svg>":e===3?"<math>":"",l=pe;for(let d=0;d<n;d++){let i=t[d],g,m,b=-1,v=0;for(;v<i.length&&(l.lastIndex=v,m=l.exec(i),m!==null);)v=l.lastIndex,l===pe?m[1]==="!--"?l=Je:m[1]!==void 0?l=Ke:m[2]!==void 0?(et.test(m[2])&&(o=RegExp("</"+m[2],"g")),l=ne):m[3]!==void 0&&(l=ne):l===ne?m[0]===">"?(l=o??pe,b=-1):m[1]===void 0?b=-2:(b=l.lastIndex-m[2].length,g=m[1],l=m[3]===void 0?ne:m[3]==='"'?qe:Ze):l===qe||l===Ze?l=ne:l===Je||l===Ke?l=pe:(l=ne,o=void 0);let S=l===ne&&t[d+1].startsWith("/>")?" ":"";r+=l===pe?i+Nt:b>=0?(s.push(g),i.slice(0,b)+Xe+i.slice(b)+ee+S):i+ee+(b===-2?d:S)}return[tt(t,r+(t[n]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),s]},he=class t{constructor({strings:e,_$litType$:n},s){let o;this.parts=[];let r=0,l=0,d=e.length-1,i=this.parts,[g,m]=Dt(e,n);if(this.el=t.createElement(g,s),re.currentNode=this.el.content,n===2||n===3){let b=this.el.content.firstChild;b.replaceWith(...b.childNodes)}for(;(o=re.nextNode())!==null&&i.length<d;){if(o.nodeType===1){if(o.hasAttributes())for(let b of o.getAttributeNames())if(b.endsWith(Xe)){let v=m[l++],S=o.getAttribute(b).split(ee),N=/([.?@])?(.*)/.exec(v);i.push({type:1,index:r,name:N[2],strings:S,ctor:N[1]==="."?Me:N[1]==="?"?Ee:N[1]==="@"?Ie:ae}),o.removeAttribute(b)}else b.startsWith(ee)&&(i.push({type:6,index:r}),o.removeAttribute(b));if(et.test(o.tagName)){let b=o.textContent.split(ee),v=b.length-1;if(v>0){o.textContent=Te?Te.emptyScript:"";for(let S=0;S<v;S++)o.append(b[S],me()),re.nextNode(),i.push({type:2,index:++r});o.append(b[v],me())}}}else if(o.nodeType===8)if(o.data===Qe)i.push({type:2,index:r});else{let b=-1;for(;(b=o.data.indexOf(ee,b+1))!==-1;)i.push({type:7,index:r}),b+=ee.length-1}r++}}static createElement(e,n){let s=se.createElement("template");return s.innerHTML=e,s}};function ie(t,e,n=t,s){if(e===ge)return e;let o=s!==void 0?n._$Co?.[s]:n._$Cl,r=fe(e)?void 0:e._$litDirective$;return o?.constructor!==r&&(o?._$AO?.(!1),r===void 0?o=void 0:(o=new r(t),o._$AT(t,n,s)),s!==void 0?(n._$Co??=[])[s]=o:n._$Cl=o),o!==void 0&&(e=ie(t,o._$AS(t,e.values),o,s)),e}var Ce=class{constructor(e,n){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=n}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:n},parts:s}=this._$AD,o=(e?.creationScope??se).importNode(n,!0);re.currentNode=o;let r=re.nextNode(),l=0,d=0,i=s[0];for(;i!==void 0;){if(l===i.index){let g;i.type===2?g=new $e(r,r.nextSibling,this,e):i.type===1?g=new i.ctor(r,i.name,i.strings,this,e):i.type===6&&(g=new Ne(r,this,e)),this._$AV.push(g),i=s[++d]}l!==i?.index&&(r=re.nextNode(),l++)}return re.currentNode=se,o}p(e){let n=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(e,s,n),n+=s.strings.length-2):s._$AI(e[n])),n++}},$e=class t{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,n,s,o){this.type=2,this._$AH=f,this._$AN=void 0,this._$AA=e,this._$AB=n,this._$AM=s,this.options=o,this._$Cv=o?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,n=this._$AM;return n!==void 0&&e?.nodeType===11&&(e=n.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,n=this){e=ie(this,e,n),fe(e)?e===f||e==null||e===""?(this._$AH!==f&&this._$AR(),this._$AH=f):e!==this._$AH&&e!==ge&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):Ot(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==f&&fe(this._$AH)?this._$AA.nextSibling.data=e:this.T(se.createTextNode(e)),this._$AH=e}$(e){let{values:n,_$litType$:s}=e,o=typeof s=="number"?this._$AC(e):(s.el===void 0&&(s.el=he.createElement(tt(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===o)this._$AH.p(n);else{let r=new Ce(o,this),l=r.u(this.options);r.p(n),this.T(l),this._$AH=r}}_$AC(e){let n=Ye.get(e.strings);return n===void 0&&Ye.set(e.strings,n=new he(e)),n}k(e){De(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,s,o=0;for(let r of e)o===n.length?n.push(s=new t(this.O(me()),this.O(me()),this,this.options)):s=n[o],s._$AI(r),o++;o<n.length&&(this._$AR(s&&s._$AB.nextSibling,o),n.length=o)}_$AR(e=this._$AA.nextSibling,n){for(this._$AP?.(!1,!0,n);e!==this._$AB;){let s=e.nextSibling;e.remove(),e=s}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},ae=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,n,s,o,r){this.type=1,this._$AH=f,this._$AN=void 0,this.element=e,this.name=n,this._$AM=o,this.options=r,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=f}_$AI(e,n=this,s,o){let r=this.strings,l=!1;if(r===void 0)e=ie(this,e,n,0),l=!fe(e)||e!==this._$AH&&e!==ge,l&&(this._$AH=e);else{let d=e,i,g;for(e=r[0],i=0;i<r.length-1;i++)g=ie(this,d[s+i],n,i),g===ge&&(g=this._$AH[i]),l||=!fe(g)||g!==this._$AH[i],g===f?e=f:e!==f&&(e+=(g??"")+r[i+1]),this._$AH[i]=g}l&&!o&&this.j(e)}j(e){e===f?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},Me=class extends ae{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===f?void 0:e}},Ee=class extends ae{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==f)}},Ie=class extends ae{constructor(e,n,s,o,r){super(e,n,s,o,r),this.type=5}_$AI(e,n=this){if((e=ie(this,e,n,0)??f)===ge)return;let s=this._$AH,o=e===f&&s!==f||e.capture!==s.capture||e.once!==s.once||e.passive!==s.passive,r=e!==f&&(s===f||o);o&&this.element.removeEventListener(this.name,this,s),r&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},Ne=class{constructor(e,n,s){this.element=e,this.type=6,this._$AN=void 0,this._$AM=n,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(e){ie(this,e)}};var Ft=Oe.litHtmlPolyfillSupport;Ft?.(he,$e),(Oe.litHtmlVersions??=[]).push("3.3.1");var B=(t,e,n)=>{let s=n?.renderBefore??e,o=s._$litPart$;if(o===void 0){let r=n?.renderBefore??null;s._$litPart$=o=new $e(e.insertBefore(me(),r),r,void 0,n??{})}return o._$AI(t),o};var Pt="planner_lang";function V(){return/(?:^|;\s*)planner_lang=en(?:;|$)/.test(document.cookie)?"en":"da"}function nt(t){document.cookie=`${Pt}=${t}; path=/; max-age=31536000; samesite=strict`,document.documentElement.lang=t}function I(t){return(e,n)=>{let s=t[e],o=s?s[V()==="en"?1:0]||s[0]:e;if(n)for(let[r,l]of Object.entries(n))o=o.replaceAll(`{${r}}`,String(l));return o}}function Pe(){return V()==="en"?"en-GB":"da-DK"}var P=class extends Error{constructor(n,s,o,r,l,d=""){super(o||s);this.status=n;this.title=s;this.detail=o;this.fields=r;this.type=l;this.code=d}reason(n){return this.fields.find(s=>s.field===n)?.reason??""}},rt="";function st(t){rt=t}async function je(t,e,n){let s={Accept:"application/json"};n!==void 0&&(s["Content-Type"]="application/json"),t!=="GET"&&t!=="HEAD"&&(s["X-CSRF-Token"]=rt);let o=await fetch(e,{method:t,headers:s,body:n===void 0?void 0:JSON.stringify(n),credentials:"same-origin"});if(o.status===401)throw window.location.assign(`/login?next=${encodeURIComponent(location.pathname+location.search)}`),new P(401,"Not signed in","",[],"/problems/unauthenticated");if(!o.ok)throw await jt(o);if(o.status!==204)return await o.json()}async function jt(t){let e={};try{e=await t.json()}catch{}let n=V()==="da",s=n&&e.title_da||e.title||t.statusText,o=n&&e.detail_da||e.detail||"",r=e.field?[{field:e.field,reason:o}]:[];return new P(t.status,s,o,r,e.type??"",e.code??"")}var E=t=>je("GET",t),le=(t,e)=>je("POST",t,e),ot=(t,e)=>je("PUT",t,e);function it(t){let e=new URLSearchParams;for(let[s,o]of Object.entries(t))o==null||o===""||Array.isArray(o)&&o.length===0||e.set(s,Array.isArray(o)?o.join(","):String(o));let n=e.toString();return n?`?${n}`:""}var Re=class{constructor(e,n,s,o,r){this.routes=e;this.me=n;this.main=s;this.notFound=o;this.onChange=r;window.addEventListener("popstate",()=>void this.show(!1)),document.addEventListener("click",l=>this.intercept(l))}current;navigate(e,n=!1){n?history.replaceState(null,"",e):history.pushState(null,"",e),this.show(!0)}async show(e){this.current?.abort();let n=new AbortController;this.current=n;let{route:s,params:o}=this.match(location.pathname),r=document.createElement("div");r.className="planner-screen";let l={me:this.me,main:r,params:o,query:new URLSearchParams(location.search),signal:n.signal,navigate:(d,i)=>this.navigate(d,i),every:(d,i)=>{let g=window.setInterval(()=>{!n.signal.aborted&&document.visibilityState==="visible"&&i()},d);n.signal.addEventListener("abort",()=>window.clearInterval(g))}};if(this.main.replaceChildren(r),document.title=`${s.title()} — Planner`,this.onChange(location.pathname),await s.render(l),e&&!n.signal.aborted){let d=this.main.querySelector("h1");d&&(d.setAttribute("tabindex","-1"),d.focus())}}match(e){for(let n of this.routes){let s=n.path.split("/"),o=e.replace(/\/+$/,"").split("/");if(n.path==="/"&&(e==="/"||e===""))return{route:this.allowed(n),params:{}};if(s.length!==o.length)continue;let r={};if(s.every((l,d)=>l.startsWith(":")?(r[l.slice(1)]=decodeURIComponent(o[d]),o[d]!==""):l===o[d]))return{route:this.allowed(n),params:r}}return{route:this.notFound,params:{}}}allowed(e){return!e.roles||e.roles.includes(this.me.role)?e:this.notFound}intercept(e){if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let n=e.target?.closest?.("a");!n||n.target||n.hasAttribute("download")||n.origin!==location.origin||n.pathname.startsWith("/api/")||n.pathname.startsWith("/borger/")||n.pathname==="/login"||(e.preventDefault(),this.navigate(n.pathname+n.search))}};var at=I({"error.heading":["Der opstod en fejl","Something went wrong"],"error.network":["Planner svarer ikke. Prøv igen om lidt.","Planner does not answer. Try again shortly."],"dialog.ok":["OK","OK"],"dialog.cancel":["Annuller","Cancel"],"dialog.close":["Luk","Close"]}),be="Europe/Copenhagen";function Ht(t){return t instanceof P?t.detail?t.detail:t.title:t instanceof TypeError?at("error.network"):String(t)}function J(t){return t?c`<div class="alert alert-error" role="alert">
    <div class="alert-body">
      <p class="alert-heading">${t instanceof P?t.title:at("error.heading")}</p>
      <p class="alert-text">${Ht(t)}</p>
    </div>
  </div>`:f}function lt(t){return t?c`<div class="alert alert-success" role="status"><div class="alert-body"><p class="alert-text">${t}</p></div></div>`:f}function dt(t,e,n){if(!(t instanceof P))return f;let s=t.reason(e);return s?c`<span class="form-error-message" id="${n}-error">${s}</span>`:f}function K(t){let e=document.getElementById("announce");e&&(e.textContent="",window.setTimeout(()=>e.textContent=t,50))}function He(t){if(!t)return"";let e=typeof t=="string"&&/^\d{4}-\d{2}-\d{2}$/.test(t)?new Date(`${t}T12:00:00Z`):new Date(t);return new Intl.DateTimeFormat(Pe(),{day:"numeric",month:"short",year:"numeric",timeZone:be}).format(e)}function ve(t){return new Intl.DateTimeFormat(Pe(),{hour:"2-digit",minute:"2-digit",timeZone:be}).format(new Date(t))}function Y(t){return t?`${He(t)} ${ve(t)}`:""}function ct(t){return new Intl.DateTimeFormat("sv-SE",{timeZone:be}).format(t)}var G=I({title:["Forside","Front page"],absent:["Fraværende lige nu","Absent right now"],noneAbsent:["Ingen vejledere er fraværende lige nu.","No advisor is absent right now."],counts:["Status","Status"],notSent:["Indkaldelser, der ikke er sendt til Jobnet","Summonses not sent to Jobnet"],withAbsent:["Indkaldelser i kalenderen hos en fraværende vejleder","Summonses in the calendar of an absent advisor"],deadline:["Indkaldelser med overskredet afholdelsesfrist","Summonses whose holding deadline is exceeded"],pending:["Afventerlisten","Pending list"],pendingCount:["{n} afventende møder fra i dag","{n} pending meetings from today"],updated:["Opdateret {time}","Updated {time}"],toCalendar:["Se i kalenderen","See in the calendar"]}),ut={path:"/",title:()=>G("title"),async render(t){let e=[],n=(o,r)=>{let l=(o?.frontPage.absentNow??[]).map(d=>e.find(i=>i.id===d)?.name??`#${d}`);B(c`<h1>${G("title")}</h1>
          ${J(r)}
          ${o?c`<div class="row">
                  <section class="col-12 col-md-6" aria-labelledby="absent-h">
                    <h2 id="absent-h">${G("absent")}</h2>
                    ${l.length===0?c`<p>${G("noneAbsent")}</p>`:c`<ul class="planner-absent">
                          ${l.map(d=>c`<li>${d}</li>`)}
                        </ul>`}
                  </section>
                  <section class="col-12 col-md-6" aria-labelledby="counts-h">
                    <h2 id="counts-h">${G("counts")}</h2>
                    <dl class="planner-counts">
                      <div><dt>${G("notSent")}</dt><dd data-count="notSent">${o.frontPage.notSent}</dd></div>
                      <div><dt>${G("withAbsent")}</dt><dd data-count="withAbsentAdvisor">${o.frontPage.withAbsentAdvisor}</dd></div>
                      <div><dt>${G("deadline")}</dt><dd data-count="deadlineExceeded">${o.frontPage.deadlineExceeded}</dd></div>
                    </dl>
                    <p><a href="/afventer">${G("pending")}</a>: <span data-count="pendingCounter">${G("pendingCount",{n:o.pendingCounter})}</span></p>
                  </section>
                </div>
                <p class="form-hint">${G("updated",{time:ve(o.at)})}</p>`:""}`,t.main)},s=async()=>{try{let[o,r]=await Promise.all([E("/api/advisors"),E("/api/front-page")]);e=o.advisors,n(r)}catch(o){n(void 0,o)}};await s(),t.every(1e4,s)}};var de=t=>t?V()==="en"?t.en:t.da:"",Le=I({individual:["Individuelt møde","Individual meeting"],group:["Fællesmøde","Group meeting"],digital:["Digitalt","Digital"],in_person:["Personlig kontakt","In person"],phone:["Telefon","Phone"],advisor_calls:["Vejleder ringer til borger","The advisor calls the citizen"],citizen_calls:["Borger ringer til vejleder","The citizen calls the advisor"]}),W=t=>t==="individual"||t==="group"?Le(t):t,z=t=>t==="digital"||t==="in_person"||t==="phone"?Le(t):t,oe=t=>t==="advisor_calls"||t==="citizen_calls"?Le(t):"";async function xe(){let[t,e,n]=await Promise.all([E("/api/teams"),E("/api/advisors"),E("/api/rooms")]);return{teams:t.teams,advisors:e.advisors,rooms:n.rooms}}var X=(t,e)=>t.find(n=>n.id===e)?.name??"";function te(t){if(!t)return"";let[e,n,s]=t.split("-");return`${s}-${n}-${e}`}function Be(t){let e=new Intl.DateTimeFormat("sv-SE",{timeZone:be,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(new Date(t)),[n,s]=e.split(" ");return[n,s]}function pt(t,e){let[n,s,o]=t.split("-").map(Number),[r,l]=e.split(":").map(Number),d=Date.UTC(n,s-1,o,r,l),i=d;for(let g=0;g<3;g++){let[m,b]=Be(new Date(i).toISOString()),[v,S,N]=m.split("-").map(Number),[p,a]=b.split(":").map(Number);i+=d-Date.UTC(v,S-1,N,p,a)}return new Date(i).toISOString().replace(".000Z","Z")}var y=I({title:["Onlinetilbud","Online offer"],back:["Tilbage til oversigten","Back to the list"],download:["Hent deltagerliste","Download participant list"],deactivate:["Deaktiver tilbud","Deactivate offer"],activate:["Aktiver tilbud","Activate offer"],edit:["Rediger online tilbud","Edit online offer"],details:["Detaljer","Details"],meetingType:["Samtaletype","Meeting type"],variant:["Samtaletypevariant","Variant"],form:["Mødeform","Meeting form"],channel:["Afholdelsesform","Channel"],caller:["Kontaktansvarlig","Who calls"],opensOn:["Første dato tilbuddet kan bookes","First date the offer can be booked"],firstMeeting:["Første mødedato","First meeting date"],fixedEnd:["Fast slutdato","Fixed end date"],duration:["Varighed","Duration"],minutes:["{n} minutter","{n} minutes"],description:["Beskrivelse","Description"],team:["Team","Team"],advisors:["Vejledere","Advisors"],status:["Status","Status"],active:["Aktiv","Active"],inactive:["Inaktiv","Inactive"],changed:["Sidst ændret","Last changed"],changedBy:["{at} af {by}","{at} by {by}"],weeks:["Ledige tider for tilbuddet","Free times of the offer"],week:["Uge","Week"],free:["Ledige pladser","Free places"],noWeeks:["Tilbuddet har ingen ledige tider.","The offer has no free times."],updated:["Opdateret {time}","Updated {time}"],booked:["Tilmeldte borgere","Booked citizens"],search:["Søg på navn eller CPR-nummer","Search by name or CPR number"],searchBtn:["Søg","Search"],clear:["Vis alle","Show all"],cpr:["CPR","CPR"],name:["Navn","Name"],contactGroup:["Kontaktgruppe","Contact group"],age:["Alder","Age"],deadline:["Frist for afholdelse","Holding deadline"],when:["Dato og klokkeslæt","Date and time"],noBooked:["Ingen borgere har booket tilbuddet.","No citizen has booked the offer."],noMatch:["Ingen tilmeldte borgere passer til søgningen.","No booked citizen matches the search."],found:["{n} tilmeldte borgere","{n} booked citizens"],nowActive:["Tilbuddet er aktiveret og vises på Jobnet.","The offer is activated and shown on Jobnet."],nowInactive:["Tilbuddet er deaktiveret og vises ikke længere på Jobnet.","The offer is deactivated and no longer shown on Jobnet."],sessions:["Fællesmøder","Group sessions"]}),mt={path:"/tilbud/:id",title:()=>y("title"),async render(t){let e=Number(t.params.id),n,s=[],o="",r="",l={teams:[],advisors:[],rooms:[]},d,i="",g=new Date,m=(p,a)=>c`<div><dt>${p}</dt><dd>${a||"–"}</dd></div>`,b=()=>{let p=n?.offer;B(c`<p><a class="back-link" href="/tilbud">${y("back")}</a></p>
          <h1>${p?.name??y("title")}</h1>
          ${J(d)} ${lt(i)}
          ${p?c`<div class="planner-buttons planner-offer-actions">
                  <a class="button button-secondary" href="/api/offers/${e}/participants.xlsx" download="deltagere-${e}.xlsx">${y("download")}</a>
                  <button class="button button-secondary" type="button" @click=${N}>${p.active?y("deactivate"):y("activate")}</button>
                  <a class="button button-primary" href="/tilbud/${e}/rediger">${y("edit")}</a>
                </div>
                <div class="row">
                  <section class="col-12 col-lg-7" aria-labelledby="details-h">
                    <h2 id="details-h">${y("details")}</h2>
                    <dl class="planner-details">
                      ${m(y("meetingType"),p.meetingType)} ${m(y("variant"),p.variant)} ${m(y("form"),W(p.form))}
                      ${m(y("channel"),z(p.channel))} ${p.caller?m(y("caller"),oe(p.caller)+(p.phone?` (${p.phone})`:"")):f}
                      ${m(y("opensOn"),te(p.opensOn))} ${p.form==="individual"?m(y("firstMeeting"),te(p.firstMeetingDate)):f}
                      ${m(y("fixedEnd"),te(p.fixedEnd))} ${m(y("duration"),y("minutes",{n:p.durationMinutes}))}
                      ${m(y("team"),X(l.teams,p.teamId))} ${m(y("advisors"),p.advisors.map(a=>X(l.advisors,a)).join(", "))}
                      ${p.form==="group"?m(y("sessions"),c`<ul class="planner-plain-list">${(p.sessions??[]).map(a=>c`<li>${Y(a.start)}</li>`)}</ul>`):f}
                      ${m(y("description"),c`<span class="planner-pre">${p.description}</span>`)}
                      ${m(y("status"),c`<span data-status>${p.active?y("active"):y("inactive")}</span>`)}
                      ${m(y("changed"),p.changedBy?y("changedBy",{at:Y(p.changedAt),by:p.changedBy}):Y(p.changedAt))}
                    </dl>
                  </section>
                  <section class="col-12 col-lg-5" aria-labelledby="weeks-h">
                    <h2 id="weeks-h">${y("weeks")}</h2>
                    ${n.weeks.length===0?c`<p>${y("noWeeks")}</p>`:c`<table class="table table--compact planner-weeks">
                          <thead><tr><th scope="col">${y("week")}</th><th scope="col" class="text-align-right">${y("free")}</th></tr></thead>
                          <tbody>
                            ${n.weeks.map(a=>c`<tr data-week=${`${a.year}-W${a.week}`}><th scope="row">${a.week} (${a.year})</th><td class="text-align-right">${a.count}</td></tr>`)}
                          </tbody>
                        </table>`}
                    <p class="form-hint">${y("updated",{time:ve(g)})}</p>
                  </section>
                </div>
                <section aria-labelledby="booked-h">
                  <h2 id="booked-h">${y("booked")}</h2>
                  <form class="planner-search" role="search" @submit=${a=>{a.preventDefault(),S(!0)}}>
                    <div class="form-group">
                      <label class="form-label" for="booked-search">${y("search")}</label>
                      <input class="form-input" id="booked-search" type="search" autocomplete="off" .value=${o} @input=${a=>o=a.target.value} />
                    </div>
                    <button class="button button-secondary" type="submit">${y("searchBtn")}</button>
                    ${r?c`<button class="button button-tertiary" type="button" @click=${()=>{o="",S(!0)}}>${y("clear")}</button>`:f}
                  </form>
                  <div class="table--responsive-scroll">
                    <table class="table table--compact planner-booked">
                      <caption class="sr-only">${y("found",{n:s.length})}</caption>
                      <thead>
                        <tr>
                          <th scope="col">${y("cpr")}</th><th scope="col">${y("name")}</th><th scope="col">${y("contactGroup")}</th>
                          <th scope="col">${y("age")}</th><th scope="col">${y("deadline")}</th><th scope="col">${y("when")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${s.length===0?c`<tr><td colspan="6">${y(r?"noMatch":"noBooked")}</td></tr>`:s.map(a=>c`<tr>
                                <td>${a.cpr}</td><th scope="row">${a.name}</th><td>${a.contactGroup??""}</td><td>${a.age}</td>
                                <td>${He(a.holdingDeadline)}</td><td>${Y(a.start)}</td>
                              </tr>`)}
                      </tbody>
                    </table>
                  </div>
                </section>`:f}`,t.main)},v=async()=>{try{n=await E(`/api/offers/${e}/page`),g=new Date,d=void 0}catch(p){d=p}},S=async(p=!1,a=o.trim())=>{try{s=(await le(`/api/offers/${e}/participants`,{search:a})).participants,r=a}catch($){d=$}t.signal.aborted||(b(),p&&K(y("found",{n:s.length})))};async function N(){if(!n)return;let p=!n.offer.active;try{await le(`/api/offers/${e}/${p?"activate":"deactivate"}`),i=y(p?"nowActive":"nowInactive"),await v()}catch(a){d=a,i=""}b(),K(i)}try{l=await xe()}catch(p){d=p}await v(),n?await S():b(),t.every(1e4,async()=>{await v(),n&&await S(!1,r)})}};var R=I({title:["Onlinetilbud","Online offers"],create:["Opret onlinetilbud","Create online offer"],filter:["Filtrer visning","Filter"],name:["Søg på navn","Search by name"],team:["Team","Team"],meetingType:["Samtaletype","Meeting type"],form:["Mødeform","Meeting form"],channel:["Afholdelsesform","Channel"],contactGroup:["Online tilbuddets målgruppe (kontaktgruppe)","Target group (contact group)"],choose:["Vælg her","Choose"],search:["Søg","Search"],reset:["Nulstil","Reset"],status:["Vis","Show"],active:["Aktive","Active"],inactive:["Inaktive","Inactive"],colName:["Navn","Name"],colType:["Samtaletype","Meeting type"],colForm:["Mødeform","Meeting form"],colChannel:["Afholdelsesform","Channel"],colChanged:["Sidst ændret","Last changed"],colActive:["Aktiv","Active"],yes:["Ja","Yes"],no:["Nej","No"],none:["Ingen onlinetilbud passer til filtreringen.","No online offer matches the filter."],count:["{n} onlinetilbud","{n} online offers"],sortBy:["Sorter efter {col}","Sort by {col}"],caption:["Onlinetilbud, sorteret efter {col} ({dir})","Online offers, sorted by {col} ({dir})"],asc:["stigende","ascending"],desc:["faldende","descending"]}),ft=()=>({name:"",teamId:"",meetingType:"",form:"",channel:"",contactGroup:"",active:"true"}),gt={path:"/tilbud",title:()=>R("title"),async render(t){let e=ft(),n={col:"name",desc:!1},s=[],o=[],r=[],l=[],d,i=(p,a)=>{switch(a){case"form":return W(p.form);case"channel":return z(p.channel);case"active":return p.active?"1":"0";case"changedAt":return p.changedAt??"";default:return String(p[a]??"")}},g=()=>[...s].sort((p,a)=>{let $=i(p,n.col).localeCompare(i(a,n.col),"da")||p.name.localeCompare(a.name,"da");return n.desc?-$:$}),m={name:()=>R("colName"),meetingType:()=>R("colType"),form:()=>R("colForm"),channel:()=>R("colChannel"),changedAt:()=>R("colChanged"),active:()=>R("colActive")},b=p=>{let a=n.col===p;return c`<th scope="col" aria-sort=${a?n.desc?"descending":"ascending":"none"}>
        <button class="button button-unstyled planner-sort" type="button" data-sort=${p} @click=${()=>{n=a?{col:p,desc:!n.desc}:{col:p,desc:!1},S(),K(R("caption",{col:m[p](),dir:n.desc?R("desc"):R("asc")}))}}>${m[p]()}<span class="planner-sort-icon" aria-hidden="true">${a?n.desc?"▼":"▲":"⇅"}</span></button>
      </th>`},v=(p,a,$)=>c`<div class="form-group">
      <label class="form-label" for="filter-${p}">${a}</label>
      <select class="form-select" id="filter-${p}" .value=${e[p]} @change=${k=>e[p]=k.target.value}>
        <option value="">${R("choose")}</option>
        ${$.map(([k,x])=>c`<option value=${k} ?selected=${e[p]===k}>${x}</option>`)}
      </select>
    </div>`,S=()=>{let p=g();B(c`<div class="planner-offers-head">
            <h1>${R("title")}</h1>
            <a class="button button-primary" href="/tilbud/ny">${R("create")}</a>
          </div>
          ${J(d)}
          <div class="row">
            <form class="col-12 col-lg-3 planner-offer-filter" aria-labelledby="filter-h" @submit=${a=>{a.preventDefault(),N(!0)}}>
              <h2 id="filter-h" class="h3">${R("filter")}</h2>
              <div class="form-group">
                <label class="form-label" for="filter-name">${R("name")}</label>
                <input class="form-input" id="filter-name" type="search" .value=${e.name} @input=${a=>e.name=a.target.value} />
              </div>
              ${v("teamId",R("team"),o.map(a=>[String(a.id),a.name]))}
              ${v("meetingType",R("meetingType"),r.map(a=>[a,a]))}
              ${v("form",R("form"),["individual","group"].map(a=>[a,W(a)]))}
              ${v("channel",R("channel"),["digital","in_person","phone"].map(a=>[a,z(a)]))}
              ${v("contactGroup",R("contactGroup"),l.map(a=>[a,a]))}
              <div class="planner-buttons">
                <button class="button button-primary" type="submit">${R("search")}</button>
                <button class="button button-secondary" type="button" @click=${()=>{e=ft(),N(!0)}}>${R("reset")}</button>
              </div>
            </form>
            <section class="col-12 col-lg-9" aria-labelledby="list-h">
              <h2 id="list-h" class="sr-only">${R("count",{n:p.length})}</h2>
              <fieldset class="planner-inline-radios">
                <legend class="form-label">${R("status")}</legend>
                ${["true","false"].map(a=>c`<div class="form-group-radio">
                    <input type="radio" class="form-radio" name="offer-active" id="offer-active-${a}" value=${a} .checked=${e.active===a} @change=${()=>{e.active=a,N(!0)}} />
                    <label class="form-label" for="offer-active-${a}">${R(a==="true"?"active":"inactive")}</label>
                  </div>`)}
              </fieldset>
              <p class="form-hint" data-count>${R("count",{n:p.length})}</p>
              <div class="table--responsive-scroll">
                <table class="table table--compact planner-offer-table">
                  <caption class="sr-only">${R("caption",{col:m[n.col](),dir:n.desc?R("desc"):R("asc")})}</caption>
                  <thead>
                    <tr>${b("name")}${b("meetingType")}${b("form")}${b("channel")}${b("changedAt")}${b("active")}</tr>
                  </thead>
                  <tbody>
                    ${p.length===0?c`<tr><td colspan="6">${R("none")}</td></tr>`:p.map(a=>c`<tr data-offer=${String(a.id)}>
                            <th scope="row"><a href="/tilbud/${a.id}">${a.name}</a></th>
                            <td>${a.meetingType}</td>
                            <td>${W(a.form)}</td>
                            <td>${z(a.channel)}</td>
                            <td>${Y(a.changedAt)}</td>
                            <td>${a.active?R("yes"):R("no")}</td>
                          </tr>`)}
                  </tbody>
                </table>
              </div>
            </section>
          </div>`,t.main)},N=async(p=!1)=>{try{s=(await E("/api/offers"+it({active:e.active,name:e.name.trim(),teamId:e.teamId,meetingType:e.meetingType,form:e.form,channel:e.channel,contactGroup:e.contactGroup}))).offers,d=void 0}catch(a){d=a}t.signal.aborted||(S(),p&&K(R("count",{n:s.length})))};try{let[p,a,$]=await Promise.all([E("/api/teams"),E("/api/offers"),E("/api/rule-types")]);o=p.teams,r=[...new Set(a.offers.map(k=>k.meetingType))].sort((k,x)=>k.localeCompare(x,"da")),l=$.types.find(k=>k.type==="contact_group")?.values.map(k=>k.value)??[]}catch(p){d=p}await N()}};var T=I({intro:["Regelmotoren afgrænser, hvilke borgere der kan selvbooke tilbuddet. Der skal være mindst 1 og højst {max} regler.","The rule engine limits which citizens can book the offer themselves. There must be at least 1 and at most {max} rules."],group:["Regelgruppe {n}","Rule group {n}"],join:["Forbindes med gruppen før med","Joined to the group before by"],and:["Og","And"],or:["Eller","Or"],match:["Borgeren skal opfylde","The citizen must match"],all:["Alle af følgende","All of the following"],any:["En af følgende","Any of the following"],rule:["Regel {n}","Rule {n}"],type:["Regeltype","Rule type"],cond:["Betingelse","Condition"],value:["Kriterium","Criterion"],choose:["Vælg her","Choose"],noValues:["Jobcentret har ingen værdier af denne type","The job centre has no values of this type"],addRule:["Tilføj regel","Add rule"],remove:["Fjern","Remove"],removeWhich:["regel {r} i gruppe {g}","rule {r} of group {g}"],addGroup:["Tilføj regelgruppe","Add rule group"],removeGroup:["Fjern regelgruppe {g}","Remove rule group {g}"],count:["{n} af højst {max} regler","{n} of at most {max} rules"],sentence:["Reglerne læst som en sætning","The rules as a sentence"],checking:["Reglerne kontrolleres …","Checking the rules …"],incomplete:["Sætningen vises, når reglerne er udfyldt korrekt.","The sentence shows once the rules are filled in correctly."],contradictions:["Reglerne modsiger hinanden","The rules contradict each other"],never:["Ingen borger kan opfylde reglerne, så tilbuddet vil ikke blive vist for nogen.","No citizen can match the rules, so the offer would be shown to no one."],some:["En del af reglerne kan aldrig opfyldes:","Part of the rules can never be matched:"],where:["gruppe {g}, regel {r}","group {g}, rule {r}"],rulesLabel:["Regler","Rules"]});function ye(t){let e=t.types[0];return{type:e?.type??"age",cond:e?.conds[0]?.value??"",value:""}}function ht(t,e,n,s,o){let r=t.reduce((a,$)=>a+$.rules.length,0),l=r>=e.maxRules,d=a=>e.types.find($=>$.type===a.type),i=(a,$,k)=>`rules.groups[${a}].rules[${$}].${k}`,g=a=>{let $=/^rules\.groups\[(\d+)\](?:\.rules\[(\d+)\])?/.exec(a);return $?$[2]===void 0?T("group",{n:Number($[1])+1}):`${T("group",{n:Number($[1])+1})}, ${T("rule",{n:Number($[2])+1}).toLowerCase()}`:""},m=(a,$,k,x,M,L=!1)=>(s.label(a,`${g(a)}: ${$}`),c`<div class="form-group ${s.invalid(a)?"form-error":""}">
    <label class="form-label" for=${s.id(a)}>${$}</label>
    ${s.error(a)}
    <select class="form-select" id=${s.id(a)} aria-invalid=${s.invalid(a)?"true":"false"} aria-describedby=${s.invalid(a)?`${s.id(a)}-error`:f}
      @change=${Z=>{M(Z.target.value),o()}}>
      ${L?c`<option value="" ?selected=${k===""}>${T("choose")}</option>`:f}
      ${x.map(Z=>c`<option value=${Z.value} ?selected=${Z.value===k}>${de(Z.name)}</option>`)}
    </select>
  </div>`),b=(a,$,k)=>{let x=d(k),M=i(a,$,"value");return s.label(M,`${g(M)}: ${T("value")}`),x?.criterion==="list"?x.values.length===0?c`<div class="form-group"><p class="form-label">${T("value")}</p><p class="form-hint">${T("noValues")}</p></div>`:m(M,T("value"),k.value,x.values,L=>k.value=L,!0):c`<div class="form-group ${s.invalid(M)?"form-error":""}">
      <label class="form-label" for=${s.id(M)}>${T("value")}</label>
      ${s.error(M)}
      <input class="form-input ${x?.criterion==="number"?"input-width-xs":""}" id=${s.id(M)} type=${x?.criterion==="number"?"number":"text"}
        inputmode=${x?.criterion==="number"?"numeric":f} .value=${k.value}
        aria-invalid=${s.invalid(M)?"true":"false"} aria-describedby=${s.invalid(M)?`${s.id(M)}-error`:f}
        @input=${L=>{k.value=L.target.value,o()}} />
    </div>`},v=(a,$,k,x)=>c`<li class="planner-rule" data-rule=${`${$}.${x}`}>
    <fieldset>
      <legend class="sr-only">${T("group",{n:$+1})}, ${T("rule",{n:x+1})}</legend>
      ${m(i($,x,"type"),T("type"),k.type,e.types.map(M=>({value:M.type,name:M.name})),M=>{k.type=M;let L=d(k);k.cond=L?.conds[0]?.value??"",k.value=""})}
      ${m(i($,x,"cond"),T("cond"),k.cond,d(k)?.conds??[],M=>k.cond=M)}
      ${b($,x,k)}
      <button class="button button-tertiary planner-remove" type="button" ?disabled=${r<=1} @click=${()=>{a.rules.splice(x,1),a.rules.length===0&&t.splice($,1),o()}}>${T("remove")}<span class="sr-only"> ${T("removeWhich",{r:x+1,g:$+1})}</span></button>
    </fieldset>
  </li>`,S=(a,$)=>c`<fieldset class="planner-rule-group" data-group=${String($)}>
    <legend class="h4">${T("group",{n:$+1})}</legend>
    ${s.error(`rules.groups[${$}].rules`)}
    <div class="planner-rule-head">
      ${$>0?m(`rules.groups[${$}].join`,T("join"),a.join??"and",[{value:"and",name:{da:"Og",en:"And"}},{value:"or",name:{da:"Eller",en:"Or"}}],k=>a.join=k):f}
      ${m(`rules.groups[${$}].match`,T("match"),a.match,[{value:"all",name:{da:T("all"),en:T("all")}},{value:"any",name:{da:T("any"),en:T("any")}}],k=>a.match=k)}
    </div>
    <ol class="planner-rules no-max-width">
      ${a.rules.map((k,x)=>v(a,$,k,x))}
    </ol>
    <div class="planner-buttons">
      <button class="button button-secondary" type="button" ?disabled=${l} @click=${()=>{a.rules.push(ye(e)),o()}}>${T("addRule")}<span class="sr-only"> (${T("group",{n:$+1})})</span></button>
      ${t.length>1?c`<button class="button button-tertiary" type="button" @click=${()=>{t.splice($,1),t[0]&&delete t[0].join,o()}}>${T("removeGroup",{g:$+1})}</button>`:f}
    </div>
  </fieldset>`,N=a=>{let $=/^groups\[(\d+)\]\.rules\[(\d+)\]$/.exec(a);return $?T("where",{g:Number($[1])+1,r:Number($[2])+1}):a},p=()=>{if(n.pending&&!n.description)return c`<p>${T("checking")}</p>`;if(!n.description)return c`<p class="form-hint">${T("incomplete")}</p>`;let a=n.contradictions??[];return c`<p class="planner-sentence" data-sentence>${de(n.description)}</p>
      ${a.length>0?c`<div class="alert alert-warning" data-contradictions>
            <div class="alert-body">
              <p class="alert-heading">${T("contradictions")}</p>
              <p class="alert-text">${n.neverMatches?T("never"):T("some")}</p>
              <ul class="alert-text">
                ${a.map($=>c`<li>${$.rules.map(N).join(", ")}: ${de({da:$.reasonDa||$.reason,en:$.reason})}</li>`)}
              </ul>
            </div>
          </div>`:f}`};return s.label("rules.groups",T("rulesLabel")),c`<p>${T("intro",{max:e.maxRules})}</p>
    ${s.error("rules.groups")}
    ${t.map(S)}
    <div class="planner-buttons">
      <button class="button button-secondary" type="button" ?disabled=${l} @click=${()=>{t.push({join:"and",match:"all",rules:[ye(e)]}),o()}}>${T("addGroup")}</button>
      <span class="form-hint" data-rule-count>${T("count",{n:r,max:e.maxRules})}</span>
    </div>
    <section class="planner-rules-live" aria-labelledby="sentence-h">
      <h3 id="sentence-h" class="h4">${T("sentence")}</h3>
      <div aria-live="polite" aria-busy=${n.pending?"true":"false"}>${p()}</div>
    </section>`}var h=I({details:["Detaljer","Details"],name:["Navn på tilbud","Name of the offer"],nameHint:["Vises for borgeren på Jobnet. Angiv fx målgruppe eller sagsbehandlers navn.","Shown to the citizen on Jobnet, e.g. with the target group or the advisor's name."],nameLocked:["Et fællesmødes navn kan ikke ændres.","The name of a group offer cannot change."],description:["Beskrivelse af tilbud","Description of the offer"],descHint:["Højst 500 tegn, uden formatering. {n} tegn skrevet.","At most 500 characters, no formatting. {n} characters written."],template:["Indkaldelseskabelon","Summons template"],templateHint:["En skabelon udfylder de næste felter; alle felter kan rettes bagefter.","A template fills in the next fields; every field can be changed afterwards."],noTemplate:["Ingen skabelon","No template"],meeting:["Samtaledetaljer","Meeting details"],meetingType:["Samtaletype","Meeting type"],variant:["Samtaletypevariant (valgfri)","Variant (optional)"],form:["Mødeform","Meeting form"],formLocked:["Mødeformen kan ikke ændres, når tilbuddet er oprettet.","The meeting form cannot change once the offer exists."],channel:["Afholdelsesform","Channel"],caller:["Kontaktansvarlig","Who calls"],phone:["Telefonnummer, borgeren ringer til","The number the citizen calls"],phoneHint:["Tomt: vejlederens nummer, ellers teamets.","Empty: the advisor's number, else the team's."],duration:["Møde varighed og start","Duration and start"],minutes:["Varighed (antal minutter)","Duration (minutes)"],reporting:["Afrapportering (antal minutter)","Reporting time (minutes)"],starts:["Mulige starttider for mødet (minuttal)","Possible start minutes"],startsHint:["Vælges fx 15 og 45, kan borgeren booke kl. 11:15, 11:45, 12:15 osv.","Choosing 15 and 45 lets the citizen book 11:15, 11:45, 12:15 and so on."],period:["Tilbudsperiode","Offer period"],firstMeeting:["Første mødedato","First meeting date"],fixedEnd:["Fast slutdato (valgfri)","Fixed end date (optional)"],rolling:["Løbende slutdato: tilbud åbent antal uger fra dags dato (valgfri, 0 = ingen)","Rolling end: weeks ahead from the day of booking (optional, 0 = none)"],opensOn:["Tilbud åbnes for booking","Opens for booking on"],resources:["Ressourcer","Resources"],team:["Team","Team"],choose:["Vælg her","Choose"],room:["Mødelokale (valgfrit)","Meeting room (optional)"],noRoom:["Intet lokale","No room"],advisors:["Vejledere","Advisors"],chooses:["Borgeren kan vælge vejleder til mødet","The citizen may choose the advisor"],otherActor:["Tilbud til borgere henvist til anden aktør","Offer for citizens referred to an other actor"],booking:["Booking og ombooking","Booking and rebooking"],acceptCancel:["Accepter afbud","Accept cancellation"],rebook:["Accepter ombooking","Accept rebooking"],no:["Nej","No"],yesUntil:["Ja – frem til et antal dage før samtaledato","Yes – until a number of days before the meeting"],days:["Antal dage før samtaledato","Days before the meeting"],sessions:["Fællesmøder","Group sessions"],session:["Møde {n}","Session {n}"],date:["Dato","Date"],time:["Tidspunkt","Time"],sessionRoom:["Mødelokale","Room"],offerRoom:["Tilbuddets lokale","The offer's room"],seats:["Antal pladser","Seats"],fromRoom:["Antal borgere pr. møde bestemmes af mødelokalets størrelse","The room's capacity gives the seats"],given:["Angiv antal indkaldelser pr. fællesmøde","Give the number of summonses per session"],seatCount:["Antal indkaldelser","Number of summonses"],rebookSeats:["Antal pladser til ombooking","Seats kept for rebooking"],addSession:["Tilføj møde","Add session"],removeSession:["Fjern møde {n}","Remove session {n}"],noSessions:["Ingen møder endnu.","No sessions yet."]}),ce=t=>{let e=t.target.value;return e===""?0:Number(e)},Q=t=>t.target.value;function j(t,e,n,s,o,r={}){let l=t.id(e);t.label(e,n);let d=[r.hint?`${l}-hint`:"",t.invalid(e)?`${l}-error`:""].filter(Boolean).join(" ");return c`<div class=${t.cls(e)}>
    <label class="form-label" for=${l}>${n}</label>
    ${r.hint?c`<span class="form-hint" id="${l}-hint">${r.hint}</span>`:f} ${t.error(e)}
    <input class="form-input ${r.cls??""}" id=${l} type=${r.type??"text"} .value=${String(s??"")} ?disabled=${r.disabled} list=${r.list??f}
      inputmode=${r.type==="number"?"numeric":f} aria-invalid=${t.invalid(e)?"true":"false"} aria-describedby=${d||f}
      @input=${i=>{o(i)}} />
  </div>`}function we(t,e,n,s,o,r,l=!1,d=""){let i=t.id(e);return t.label(e,n),c`<div class=${t.cls(e)}>
    <fieldset aria-describedby=${[d?`${i}-hint`:"",t.invalid(e)?`${i}-error`:""].filter(Boolean).join(" ")||f}>
      <legend class="form-label">${n}</legend>
      ${d?c`<span class="form-hint" id="${i}-hint">${d}</span>`:f} ${t.error(e)}
      ${o.map(([g,m],b)=>c`<div class="form-group-radio">
          <input type="radio" class="form-radio" name=${i} id=${b===0?i:`${i}-${g}`} value=${g} .checked=${s===g} ?disabled=${l}
            @change=${()=>{r(g),t.redraw()}} />
          <label class="form-label" for=${b===0?i:`${i}-${g}`}>${m}</label>
        </div>`)}
    </fieldset>
  </div>`}function ke(t,e,n,s,o,r=t.id(e)){return c`<div class="form-group-checkbox">
    <input type="checkbox" class="form-checkbox" id=${r} .checked=${s} @change=${l=>{o(l.target.checked),t.redraw()}} />
    <label class="form-label" for=${r}>${n}</label>
  </div>`}function bt(t,e,n,s,o,r){let l=t.id(e);return t.label(e,n),c`<div class=${t.cls(e)}>
    <fieldset aria-describedby=${t.described(e)}>
      <legend class="form-label">${n}</legend>
      ${t.error(e)}
      <div class="planner-checkbox-columns">
        ${o.map((d,i)=>ke(t,e,d.name,s.includes(d.id),g=>r(g?[...s,d.id]:s.filter(m=>m!==d.id)),i===0?l:`${l}-${d.id}`))}
      </div>
    </fieldset>
  </div>`}function vt(t,e,n,s,o,r){let l=o&&t.form==="group";return e.label("description",h("description")),c`<fieldset>
      <legend class="h3">${h("details")}</legend>
      ${j(e,"name",h("name"),t.name,d=>t.name=Q(d),{hint:h(l?"nameLocked":"nameHint"),disabled:l})}
      <div class=${e.cls("description")}>
        <label class="form-label" for=${e.id("description")}>${h("description")}</label>
        <span class="form-hint" id="${e.id("description")}-hint" data-chars>${h("descHint",{n:[...t.description].length})}</span>
        ${e.error("description")}
        <textarea class="form-input" id=${e.id("description")} rows="4" .value=${t.description}
          aria-invalid=${e.invalid("description")?"true":"false"}
          aria-describedby=${[`${e.id("description")}-hint`,e.invalid("description")?`${e.id("description")}-error`:""].filter(Boolean).join(" ")}
          @input=${d=>{t.description=d.target.value,e.redraw()}}></textarea>
      </div>
    </fieldset>
    ${n.length>0?c`<fieldset>
          <legend class="h3">${h("template")}</legend>
          <div class="form-group">
            <label class="form-label" for="f-template">${h("template")}</label>
            <span class="form-hint" id="f-template-hint">${h("templateHint")}</span>
            <select class="form-select" id="f-template" aria-describedby="f-template-hint" @change=${d=>{let i=Number(d.target.value);r(n.find(g=>g.id===i))}}>
              <option value="">${h("noTemplate")}</option>
              ${n.map(d=>c`<option value=${String(d.id)} ?selected=${t.templateId===d.id}>${d.name}</option>`)}
            </select>
          </div>
        </fieldset>`:f}
    <fieldset>
      <legend class="h3">${h("meeting")}</legend>
      ${j(e,"meetingType",h("meetingType"),t.meetingType,d=>t.meetingType=Q(d),{list:"meeting-types"})}
      <datalist id="meeting-types">${s.map(d=>c`<option value=${d}></option>`)}</datalist>
      ${j(e,"variant",h("variant"),t.variant??"",d=>t.variant=Q(d))}
      ${we(e,"form",h("form"),t.form,[["individual",W("individual")],["group",W("group")]],d=>{t.form=d,t.form==="group"&&delete t.caller},o,o?h("formLocked"):"")}
      ${we(e,"channel",h("channel"),t.channel,[["digital",z("digital")],["in_person",z("in_person")],["phone",z("phone")]],d=>{t.channel=d,t.channel==="phone"&&t.form==="individual"?t.caller??="advisor_calls":delete t.caller})}
      ${t.channel==="phone"&&t.form==="individual"?c`${we(e,"caller",h("caller"),t.caller??"",[["advisor_calls",oe("advisor_calls")],["citizen_calls",oe("citizen_calls")]],d=>t.caller=d)}
          ${t.caller==="citizen_calls"?j(e,"phone",h("phone"),t.phone??"",d=>t.phone=Q(d),{type:"tel",hint:h("phoneHint"),cls:"input-width-s"}):f}`:f}
    </fieldset>`}function yt(t,e,n){let s=t.form==="individual",o=t.startMinutes??[];return e.label("startMinutes",h("starts")),e.label("teamId",h("team")),e.label("sessions",h("sessions")),c`<fieldset>
      <legend class="h3">${h("duration")}</legend>
      ${j(e,"durationMinutes",h("minutes"),t.durationMinutes,r=>t.durationMinutes=ce(r),{type:"number",cls:"input-width-xs"})}
      ${j(e,"reportingMinutes",h("reporting"),t.reportingMinutes,r=>t.reportingMinutes=ce(r),{type:"number",cls:"input-width-xs"})}
      ${s?c`<div class=${e.cls("startMinutes")}>
            <fieldset aria-describedby="${e.id("startMinutes")}-hint${e.invalid("startMinutes")?` ${e.id("startMinutes")}-error`:""}">
              <legend class="form-label">${h("starts")}</legend>
              <span class="form-hint" id="${e.id("startMinutes")}-hint">${h("startsHint")}</span>
              ${e.error("startMinutes")}
              <div class="planner-checkbox-columns">
                ${[0,15,20,30,40,45].map((r,l)=>ke(e,"startMinutes",String(r).padStart(2,"0"),o.includes(r),d=>{t.startMinutes=d?[...o,r].sort((i,g)=>i-g):o.filter(i=>i!==r)},l===0?e.id("startMinutes"):`${e.id("startMinutes")}-${r}`))}
              </div>
            </fieldset>
          </div>`:f}
    </fieldset>
    <fieldset>
      <legend class="h3">${h("period")}</legend>
      ${s?j(e,"firstMeetingDate",h("firstMeeting"),t.firstMeetingDate,r=>t.firstMeetingDate=Q(r),{type:"date",cls:"input-width-s"}):f}
      ${j(e,"fixedEnd",h("fixedEnd"),t.fixedEnd,r=>t.fixedEnd=Q(r),{type:"date",cls:"input-width-s"})}
      ${j(e,"rollingWeeks",h("rolling"),t.rollingWeeks??0,r=>t.rollingWeeks=ce(r),{type:"number",cls:"input-width-xs"})}
      ${j(e,"opensOn",h("opensOn"),t.opensOn,r=>t.opensOn=Q(r),{type:"date",cls:"input-width-s"})}
    </fieldset>
    <fieldset>
      <legend class="h3">${h("resources")}</legend>
      <div class=${e.cls("teamId")}>
        <label class="form-label" for=${e.id("teamId")}>${h("team")}</label>
        ${e.error("teamId")}
        <select class="form-select" id=${e.id("teamId")} aria-invalid=${e.invalid("teamId")?"true":"false"} aria-describedby=${e.described("teamId")}
          @change=${r=>t.teamId=Number(r.target.value)}>
          <option value="0">${h("choose")}</option>
          ${n.teams.map(r=>c`<option value=${String(r.id)} ?selected=${t.teamId===r.id}>${r.name}</option>`)}
        </select>
      </div>
      <div class=${e.cls("roomId")}>
        <label class="form-label" for=${e.id("roomId")}>${h("room")}</label>
        ${e.error("roomId")}
        <select class="form-select" id=${e.id("roomId")} @change=${r=>t.roomId=Number(r.target.value)||void 0}>
          <option value="0">${h("noRoom")}</option>
          ${n.rooms.map(r=>c`<option value=${String(r.id)} ?selected=${t.roomId===r.id}>${r.name} (${r.capacity})</option>`)}
        </select>
      </div>
      ${bt(e,"advisors",h("advisors"),t.advisors,n.advisors,r=>t.advisors=r)}
      ${s?ke(e,"citizenChoosesAdvisor",h("chooses"),t.citizenChoosesAdvisor,r=>t.citizenChoosesAdvisor=r):f}
      ${ke(e,"otherActor",h("otherActor"),t.otherActor,r=>t.otherActor=r)}
    </fieldset>
    ${s?f:Lt(t,e,n)}
    <fieldset>
      <legend class="h3">${h("booking")}</legend>
      ${ke(e,"terms.acceptCancel",h("acceptCancel"),t.terms.acceptCancel,r=>t.terms.acceptCancel=r)}
      ${we(e,"terms.acceptRebook",h("rebook"),t.terms.acceptRebook?"yes":"no",[["no",h("no")],["yes",h("yesUntil")]],r=>t.terms.acceptRebook=r==="yes")}
      ${t.terms.acceptRebook?j(e,"terms.rebookDaysBefore",h("days"),t.terms.rebookDaysBefore,r=>t.terms.rebookDaysBefore=ce(r),{type:"number",cls:"input-width-xs"}):f}
    </fieldset>`}var $t=new WeakMap;function Lt(t,e,n){let s=t.sessions??=[],o=(r,l)=>{let d=`sessions[${l}]`,i=$t.get(r)??(r.start?Be(r.start):["",""]);$t.set(r,i);let[g,m]=i,b=(v,S)=>{i[v]=S,r.start=i[0]&&i[1]?pt(i[0],i[1]):""};return c`<li class="planner-session">
      <fieldset>
        <legend class="h4">${h("session",{n:l+1})}</legend>
        <div class="planner-row">
          ${j(e,`${d}.start`,h("date"),g,v=>b(0,Q(v)),{type:"date",cls:"input-width-s"})}
          ${j(e,`${d}.time`,h("time"),m,v=>b(1,Q(v)),{type:"time",cls:"input-width-xs"})}
        </div>
        ${bt(e,`${d}.advisors`,h("advisors"),r.advisors,n.advisors,v=>r.advisors=v)}
        <div class=${e.cls(`${d}.roomId`)}>
          <label class="form-label" for=${e.id(`${d}.roomId`)}>${h("sessionRoom")}</label>
          ${e.error(`${d}.roomId`)}
          <select class="form-select" id=${e.id(`${d}.roomId`)} aria-describedby=${e.described(`${d}.roomId`)} @change=${v=>r.roomId=Number(v.target.value)||void 0}>
            <option value="0">${h("offerRoom")}</option>
            ${n.rooms.map(v=>c`<option value=${String(v.id)} ?selected=${r.roomId===v.id}>${v.name} (${v.capacity})</option>`)}
          </select>
        </div>
        ${we(e,`${d}.seatsFromRoom`,h("seats"),r.seatsFromRoom?"room":"given",[["room",h("fromRoom")],["given",h("given")]],v=>r.seatsFromRoom=v==="room")}
        ${r.seatsFromRoom?f:j(e,`${d}.seats`,h("seatCount"),r.seats??0,v=>r.seats=ce(v),{type:"number",cls:"input-width-xs"})}
        ${j(e,`${d}.rebookSeats`,h("rebookSeats"),r.rebookSeats,v=>r.rebookSeats=ce(v),{type:"number",cls:"input-width-xs"})}
        <button class="button button-tertiary" type="button" @click=${()=>{s.splice(l,1),e.redraw()}}>${h("removeSession",{n:l+1})}</button>
      </fieldset>
    </li>`};return c`<fieldset>
    <legend class="h3">${h("sessions")}</legend>
    ${e.error("sessions")}
    ${s.length===0?c`<p id=${e.id("sessions")} tabindex="-1">${h("noSessions")}</p>`:f}
    <ol class="planner-sessions no-max-width">${s.map(o)}</ol>
    <button class="button button-secondary" type="button" @click=${()=>{s.push({start:"",advisors:[...t.advisors],seatsFromRoom:!1,seats:10,rebookSeats:0}),e.redraw()}}>${h("addSession")}</button>
  </fieldset>`}var A=I({intro:["Du kan stadig ændre dine valg ved at gå tilbage til et af de foregående trin.","You can still change your choices by going back to one of the previous steps."],s1:["Tilbudstype","Offer type"],s2:["Tid","Time"],s3:["Deltagere","Participants"],change:["Ret {step}","Change {step}"],name:["Titel","Title"],description:["Beskrivelse","Description"],meetingType:["Samtaletype","Meeting type"],variant:["Samtaletypevariant","Variant"],form:["Mødeform","Meeting form"],channel:["Afholdelsesform","Channel"],caller:["Kontaktansvarlig","Who calls"],duration:["Varighed","Duration"],reporting:["Afrapportering","Reporting time"],minutes:["{n} minutter","{n} minutes"],starts:["Mulige starttider","Start minutes"],firstMeeting:["Første mødedato","First meeting date"],fixedEnd:["Fast slutdato","Fixed end date"],rolling:["Løbende slutdato","Rolling end"],weeks:["{n} uger fra dags dato","{n} weeks from the day of booking"],opensOn:["Første dato tilbuddet kan bookes","First date the offer can be booked"],team:["Team","Team"],room:["Mødelokale","Meeting room"],advisors:["Vejledere","Advisors"],chooses:["Borgeren kan vælge vejleder","The citizen may choose the advisor"],otherActor:["Til borgere henvist til anden aktør","For citizens referred to an other actor"],cancel:["Accepter afbud","Accept cancellation"],rebook:["Accepter ombooking","Accept rebooking"],rebookUntil:["Ja, frem til {n} dage før samtaledato","Yes, until {n} days before the meeting"],sessions:["Fællesmøder","Group sessions"],seatsRoom:["pladser efter lokalets størrelse","seats from the room's capacity"],seatsN:["{n} pladser","{n} seats"],rebookSeats:["{n} til ombooking","{n} for rebooking"],rules:["Regler","Rules"],ruleCount:["Antal regler","Number of rules"],contradictions:["Reglerne modsiger hinanden delvist – se trin 3.","The rules partly contradict each other – see step 3."],yes:["Ja","Yes"],no:["Nej","No"]}),C=(t,e)=>c`<div><dt>${t}</dt><dd>${e===""||e===void 0||e===null?"–":e}</dd></div>`;function kt(t,e,n,s){let o=i=>A(i?"yes":"no"),r=(i,g)=>c`<section class="planner-summary-part" aria-labelledby="sum-${i}">
    <div class="planner-summary-head">
      <h3 id="sum-${i}">${A(`s${i}`)}</h3>
      <button class="button button-tertiary" type="button" @click=${()=>s(i)}>${A("change",{step:A(`s${i}`).toLowerCase()})}</button>
    </div>
    <dl class="planner-details">${g}</dl>
  </section>`,l=t.form==="individual",d=t.rules.groups.reduce((i,g)=>i+g.rules.length,0);return c`<p>${A("intro")}</p>
    ${r(1,c`${C(A("name"),t.name)} ${C(A("description"),c`<span class="planner-pre">${t.description}</span>`)}
      ${C(A("meetingType"),t.meetingType)} ${C(A("variant"),t.variant)} ${C(A("form"),W(t.form))} ${C(A("channel"),z(t.channel))}
      ${t.caller?C(A("caller"),oe(t.caller)+(t.caller==="citizen_calls"&&t.phone?` (${t.phone})`:"")):f}`)}
    ${r(2,c`${C(A("duration"),A("minutes",{n:t.durationMinutes}))} ${C(A("reporting"),A("minutes",{n:t.reportingMinutes}))}
      ${l?C(A("starts"),(t.startMinutes??[]).map(i=>String(i).padStart(2,"0")).join(", ")):f}
      ${l?C(A("firstMeeting"),te(t.firstMeetingDate)):f} ${C(A("fixedEnd"),te(t.fixedEnd))}
      ${C(A("rolling"),t.rollingWeeks?A("weeks",{n:t.rollingWeeks}):"")} ${C(A("opensOn"),te(t.opensOn))}
      ${C(A("team"),X(e.teams,t.teamId))} ${C(A("room"),X(e.rooms,t.roomId))}
      ${C(A("advisors"),t.advisors.map(i=>X(e.advisors,i)).join(", "))}
      ${l?C(A("chooses"),o(t.citizenChoosesAdvisor)):f} ${C(A("otherActor"),o(t.otherActor))}
      ${l?f:C(A("sessions"),c`<ul class="planner-plain-list">
            ${(t.sessions??[]).map(i=>c`<li>${Y(i.start)}: ${i.advisors.map(g=>X(e.advisors,g)).join(", ")}${i.roomId?`, ${X(e.rooms,i.roomId)}`:""};
                ${i.seatsFromRoom?A("seatsRoom"):A("seatsN",{n:i.seats??0})}, ${A("rebookSeats",{n:i.rebookSeats})}</li>`)}
          </ul>`)}
      ${C(A("cancel"),o(t.terms.acceptCancel))} ${C(A("rebook"),t.terms.acceptRebook?A("rebookUntil",{n:t.terms.rebookDaysBefore}):A("no"))}`)}
    ${r(3,c`${C(A("rules"),c`<span data-summary-sentence>${de(n.description)}</span>`)} ${C(A("ruleCount"),d)}
      ${n.contradictions?.length?C("",c`<span class="planner-warning-text">${A("contradictions")}</span>`):f}`)}`}var O=I({create:["Opret onlinetilbud","Create online offer"],edit:["Rediger onlinetilbud","Edit online offer"],steps:["Trin","Steps"],stepOf:["Trin {n} af {total}","Step {n} of {total}"],s1:["Tilbudstype","Offer type"],s2:["Tid","Time"],s3:["Deltagere","Participants"],s4:["Opsummering","Summary"],done:["gennemført","completed"],failed:["fejl","error"],back:["Tilbage","Back"],next:["Næste","Next"],save:["Gem tilbud","Save offer"],cancel:["Annuller","Cancel"],errors:["Der er fejl i trin {n}: {step}","There is an error in step {n}: {step}"],saved:["Tilbuddet er gemt.","The offer is saved."]}),ue,wt=t=>/^(name|description|templateId|meetingType|variant|form|channel|caller|phone)\b/.test(t)?1:t.startsWith("rules")?3:2;function Bt(t){let e=ct(new Date);return{name:"",description:"",meetingType:"",variant:"",form:"individual",channel:"in_person",durationMinutes:30,reportingMinutes:0,startMinutes:[0,30],firstMeetingDate:e,fixedEnd:"",rollingWeeks:0,opensOn:e,teamId:0,advisors:[],citizenChoosesAdvisor:!1,otherActor:!1,terms:{acceptCancel:!0,acceptRebook:!1,rebookDaysBefore:0},sessions:[],rules:{groups:[{match:"all",rules:[ye(t)]}]},active:!0}}function ze(t){let e=structuredClone(t);e.form==="group"?(delete e.startMinutes,e.citizenChoosesAdvisor=!1):delete e.sessions,e.form==="individual"&&e.channel==="phone"||delete e.caller,e.caller||delete e.caller,e.caller!=="citizen_calls"&&delete e.phone,e.roomId||delete e.roomId,e.templateId||delete e.templateId,e.terms.acceptRebook||(e.terms.rebookDaysBefore=0);for(let n of["durationMinutes","reportingMinutes","rollingWeeks"])Number.isFinite(e[n])||(e[n]=0);for(let n of e.sessions??[])n.start||(n.start="0001-01-01T00:00:00Z");return e.rules.groups.forEach((n,s)=>s===0?delete n.join:n.join??="and"),e}async function At(t,e){let n={teams:[],advisors:[],rooms:[]},s={types:[],maxRules:30},o=[],r=[],l,d,i=1,g=1,m,b=0,v=!1,S={pending:!1},N=0,p=0,a=!1,$=!1,k=u=>{if(!(m instanceof P)||m.fields.length===0)return"";let w=m.fields[0].field;return w===u||new RegExp(`^${u.replace(/[.[\]]/g,"\\$&")}\\[\\d+\\]$`).test(w)?w:""},x={id:u=>"f-"+u.replace(/[^A-Za-z0-9]+/g,"-").replace(/-$/,""),error:u=>{let w=k(u);return w?dt(m,w,x.id(u)):f},invalid:u=>k(u)!=="",cls:u=>k(u)?"form-group form-error":"form-group",described:u=>k(u)?`${x.id(u)}-error`:f,redraw:()=>q(),label:(u,w)=>M.set(u,w)},M=new Map,L=u=>O(`s${u}`),Z=()=>{if(!(m instanceof P)||m.fields.length===0)return;let u=m.fields[0].field;for(;;){let w=document.getElementById(x.id(u));if(w)return w.focus();let _=u.replace(/(\[\d+\]|\.[^.[\]]+)$/,"");if(_===u)break;u=_}t.main.querySelector(".planner-error-summary")?.focus()},St=u=>{for(let w=u;;){let _=M.get(w);if(_)return`${_}: `;let H=w.replace(/(\[\d+\]|\.[^.[\]]+)$/,"");if(H===w)return"";w=H}},_t=()=>{if($)return f;if(!(m instanceof P))return J(m);let u=m.fields[0]?.field;return u?c`<div class="alert alert-error planner-error-summary" role="alert" tabindex="-1">
      <div class="alert-body">
        <p class="alert-heading">${O("errors",{n:b,step:L(b)})}</p>
        <ul class="alert-text nobullet-list">
          <li><a href="#${x.id(u)}" @click=${w=>{w.preventDefault(),Z()}}>${St(u)}${m.detail||m.title}</a></li>
        </ul>
      </div>
    </div>`:J(m)},Ct=()=>c`<nav aria-label=${O("steps")}>
    <p class="step-subheading d-md-none">${O("stepOf",{n:i,total:4})}</p>
    <ol class="step-indicator d-none d-md-flex">
      ${[1,2,3,4].map(u=>{let w=u>g,_=m instanceof P&&b===u,H=[u===i?"current":"",w?"disabled":"",_?"error":""].join(" ").trim(),U=c`<span class="step-number"><span>${u}</span></span>
          <div>
            <span class="step-title">${L(u)}</span>
            ${_?c`<span class="sr-only"> (${O("failed")})</span>`:u<g&&u!==i?c`<span class="sr-only"> (${O("done")})</span>`:f}
          </div>`;return c`<li class=${H}>
          ${w?c`<div class="step">${U}</div>`:c`<a class="step" href="#trin-${u}" aria-current=${u===i?"step":f} @click=${F=>{F.preventDefault(),Ae(u)}}>${U}</a>`}
        </li>`})}
    </ol>
  </nav>`,Mt=u=>{switch(i){case 1:return vt(u,x,o,r,e!==void 0,w=>Et(u,w));case 2:return yt(u,x,n);case 3:return ht(u.rules.groups,s,S,x,()=>{q(),Ue()});default:return kt(u,n,S,w=>void Ae(w))}},q=()=>{let u=l;M.clear();let w=u?Mt(u):f;B(c`<h1>${O(e===void 0?"create":"edit")}${u&&e!==void 0?c`: ${u.name}`:f}</h1>
        ${u?c`${Ct()} ${_t()}
              <form class="planner-wizard" novalidate @submit=${_=>{_.preventDefault(),i<4?Ae(i+1):It()}}>
                <h2 id="step-h" tabindex="-1">${O("stepOf",{n:i,total:4})}: ${L(i)}</h2>
                ${w}
                <div class="planner-buttons planner-wizard-nav">
                  ${i>1?c`<button class="button button-secondary" type="button" @click=${()=>void Ae(i-1)}>${O("back")}</button>`:f}
                  <button class="button button-primary" type="submit" ?disabled=${v}>${i<4?O("next"):O("save")}</button>
                  <a class="button button-tertiary" href=${e===void 0?"/tilbud":`/tilbud/${e}`}>${O("cancel")}</a>
                </div>
              </form>`:J(d)}`,t.main)};function Et(u,w){if(u.templateId=w?.id,!w)return q();let _=w.fields,H=u;for(let[U,F]of Object.entries(_)){if(["id","jobcenterId","changedAt","changedBy","active","templateId"].includes(U))continue;let Se=Array.isArray(F)?F.length>0:F!==""&&F!==0&&F!==null&&F!==void 0&&F!==!1;U==="rules"&&!F?.groups?.length||U==="terms"&&JSON.stringify(F)===JSON.stringify({acceptCancel:!1,acceptRebook:!1,rebookDaysBefore:0})||Se&&(H[U]=structuredClone(F))}q()}let We=async(u,w=!1)=>{if(u===4||!l)return!0;$=w;try{let _=await le(`/api/offers/validate?step=${u}`,ze(l));return u===3&&(S={pending:!1,description:_.description,contradictions:_.contradictions,neverMatches:_.neverMatches}),b===u&&(m=void 0,b=0),!0}catch(_){return m=_,b=_ instanceof P&&_.fields[0]?wt(_.fields[0].field):u,u===3&&(S={pending:!1}),!1}};async function Ae(u){if(!l||v)return;v=!0;let w=!0;if(u>i)for(let H=i;H<u&&w;H++)w=await We(H),w||(u=H);if(v=!1,t.signal.aborted)return;let _=u!==i;i=u,g=Math.max(g,w?u:g),q(),w?_&&(document.getElementById("step-h")?.focus(),K(`${O("stepOf",{n:i,total:4})}: ${L(i)}`)):(Z(),K(m instanceof P?m.detail||m.title:"")),w&&i===3&&Ue(0)}function Ue(u=400){window.clearTimeout(N),S={...S,pending:!0};let w=++p;N=window.setTimeout(async()=>{!l||t.signal.aborted||(await We(3,!0),!(w!==p||t.signal.aborted)&&q())},u),t.signal.addEventListener("abort",()=>window.clearTimeout(N),{once:!0})}async function It(){if(!(!l||v)){v=!0,$=!1,q();try{let u=e===void 0?await le("/api/offers",ze(l)):await ot(`/api/offers/${e}`,ze(l));v=!1,a=!0,K(O("saved")),t.navigate(`/tilbud/${u.id}`);return}catch(u){v=!1,m=u,b=u instanceof P&&u.fields[0]?wt(u.fields[0].field):4,b!==4&&(i=b),q(),Z()}}}t.signal.addEventListener("abort",()=>{l&&!a&&(ue={path:location.pathname,at:Date.now(),draft:l,step:i,reached:g})});try{let[u,w,_,H,U]=await Promise.all([xe(),E("/api/rule-types"),E("/api/templates"),E("/api/offers"),e===void 0?Promise.resolve(void 0):E(`/api/offers/${e}`)]);n=u,s=w,o=_.templates,r=[...new Set(H.offers.map(F=>F.meetingType).filter(Boolean))].sort((F,Se)=>F.localeCompare(Se,"da")),l=U??Bt(s),l.terms??={acceptCancel:!1,acceptRebook:!1,rebookDaysBefore:0},l.sessions??=[],l.startMinutes??=[],l.rules?.groups?.length||(l.rules={groups:[{match:"all",rules:[ye(s)]}]}),U&&(g=4),ue&&ue.path===location.pathname&&Date.now()-ue.at<1500&&({draft:l,step:i,reached:g}=ue),ue=void 0}catch(u){d=u}q()}var Tt={path:"/tilbud/ny",title:()=>O("create"),render:t=>At(t)},Rt={path:"/tilbud/:id/rediger",title:()=>O("edit"),render:t=>At(t,Number(t.params.id))};var Ge=[ut,gt,Tt,Rt,mt];var D=I({"nav.label":["Hovedmenu","Main menu"],"nav.front":["Forside","Front page"],"nav.calendar":["Kalender","Calendar"],"nav.offers":["Onlinetilbud","Online offers"],"nav.pending":["Afventerliste","Pending list"],"nav.followUp":["Opfølgningsliste","Follow-up list"],"nav.freeTimes":["Ledige tider","Free times"],"nav.search":["Søg","Search"],"nav.connections":["Kalenderforbindelser","Calendar connections"],"nav.admin":["Administration","Administration"],signout:["Log af","Sign out"],"lang.other":["English","Dansk"],"notFound.title":["Siden findes ikke","Page not found"],"notFound.body":["Siden findes ikke, eller du har ikke adgang til den.","The page does not exist, or you may not open it."],"notFound.front":["Gå til forsiden","Go to the front page"],"role.admin":["administrator","administrator"],"role.advisor":["vejleder","advisor"],"role.operator":["drift","operator"]}),zt=[{path:"/",label:()=>D("nav.front")},{path:"/kalender",label:()=>D("nav.calendar")},{path:"/tilbud",label:()=>D("nav.offers")},{path:"/afventer",label:()=>D("nav.pending")},{path:"/opfoelgning",label:()=>D("nav.followUp")},{path:"/ledige-tider",label:()=>D("nav.freeTimes")},{path:"/soeg",label:()=>D("nav.search")},{path:"/forbindelser",label:()=>D("nav.connections")},{path:"/admin",label:()=>D("nav.admin"),roles:["admin"]}],Gt={path:"",title:()=>D("notFound.title"),render:t=>{B(c`<h1>${D("notFound.title")}</h1><p>${D("notFound.body")}</p><p><a href="/">${D("notFound.front")}</a></p>`,t.main)}};function xt(t){return t==="/"?"/":"/"+t.split("/")[1]}function Wt(t,e,n,s){let o=zt.filter(r=>Ge.some(l=>l.path===r.path&&(!l.roles||l.roles.includes(t.role)))&&(!r.roles||r.roles.includes(t.role)));B(c`<header class="header">
        <div class="portal-info">
          <div class="portal-info-inner container">
            <a href="/" class="planner-logo">Planner</a>
            <div class="portal-user">
              <p class="user">${t.name}, ${D(`role.${t.role}`)} · ${t.jobcenter}</p>
              <button class="function-link" type="button" lang=${V()==="da"?"en":"da"} @click=${s}>${D("lang.other")}</button>
              <form method="post" action="/logout" class="d-inline">
                <input type="hidden" name="_csrf" .value=${t.csrf??""} />
                <button class="function-link" type="submit">${D("signout")}</button>
              </form>
            </div>
          </div>
        </div>
        <div class="navigation-menu">
          <div class="navigation-menu-inner container">
            <nav class="nav" aria-label=${D("nav.label")}>
              <ul class="mainmenu">
                ${o.map(r=>c`<li class=${xt(e)===r.path?"active current":""}>
                      <a href=${r.path} class="nav-link" aria-current=${xt(e)===r.path?"page":"false"}><span>${r.label()}</span></a>
                    </li>`)}
              </ul>
            </nav>
          </div>
        </div>
      </header>`,n)}async function Ut(){let t=document.getElementById("app"),e=await E("/api/session");st(e.csrf??""),document.documentElement.lang=V(),t.replaceChildren();let n=document.createElement("div"),s=document.createElement("main");s.id="main-content",s.className="container page-container";let o=document.createElement("div");o.id="announce",o.className="sr-only",o.setAttribute("aria-live","polite"),t.append(n,s,o);let r=location.pathname,l=()=>Wt(e,r,n,i),d=new Re(Ge,e,s,Gt,g=>{r=g,l()});function i(){nt(V()==="da"?"en":"da"),d.show(!1)}await d.show(!1)}Ut();
