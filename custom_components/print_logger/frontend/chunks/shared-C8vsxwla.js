import{_ as k}from"./shared-D8_b-Rn0.js";const Z=globalThis,de=Z.ShadowRoot&&(Z.ShadyCSS===void 0||Z.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,ue=Symbol(),ye=new WeakMap;let Ve=class{constructor(e,t,n){if(this._$cssResult$=!0,n!==ue)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const t=this.t;if(de&&e===void 0){const n=t!==void 0&&t.length===1;n&&(e=ye.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&ye.set(t,e))}return e}toString(){return this.cssText}};const et=r=>new Ve(typeof r=="string"?r:r+"",void 0,ue),F=(r,...e)=>{const t=r.length===1?r[0]:e.reduce((n,s,o)=>n+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+r[o+1],r[0]);return new Ve(t,r,ue)},tt=(r,e)=>{if(de)r.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const t of e){const n=document.createElement("style"),s=Z.litNonce;s!==void 0&&n.setAttribute("nonce",s),n.textContent=t.cssText,r.appendChild(n)}},ve=de?r=>r:r=>r instanceof CSSStyleSheet?(e=>{let t="";for(const n of e.cssRules)t+=n.cssText;return et(t)})(r):r;const{is:rt,defineProperty:nt,getOwnPropertyDescriptor:st,getOwnPropertyNames:ot,getOwnPropertySymbols:it,getPrototypeOf:at}=Object,G=globalThis,$e=G.trustedTypes,lt=$e?$e.emptyScript:"",ct=G.reactiveElementPolyfillSupport,V=(r,e)=>r,q={toAttribute(r,e){switch(e){case Boolean:r=r?lt:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,e){let t=r;switch(e){case Boolean:t=r!==null;break;case Number:t=r===null?null:Number(r);break;case Object:case Array:try{t=JSON.parse(r)}catch{t=null}}return t}},he=(r,e)=>!rt(r,e),we={attribute:!0,type:String,converter:q,reflect:!1,useDefault:!1,hasChanged:he};Symbol.metadata??=Symbol("metadata"),G.litPropertyMetadata??=new WeakMap;let P=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=we){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const n=Symbol(),s=this.getPropertyDescriptor(e,n,t);s!==void 0&&nt(this.prototype,e,s)}}static getPropertyDescriptor(e,t,n){const{get:s,set:o}=st(this.prototype,e)??{get(){return this[t]},set(i){this[t]=i}};return{get:s,set(i){const l=s?.call(this);o?.call(this,i),this.requestUpdate(e,l,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??we}static _$Ei(){if(this.hasOwnProperty(V("elementProperties")))return;const e=at(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(V("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(V("properties"))){const t=this.properties,n=[...ot(t),...it(t)];for(const s of n)this.createProperty(s,t[s])}const e=this[Symbol.metadata];if(e!==null){const t=litPropertyMetadata.get(e);if(t!==void 0)for(const[n,s]of t)this.elementProperties.set(n,s)}this._$Eh=new Map;for(const[t,n]of this.elementProperties){const s=this._$Eu(t,n);s!==void 0&&this._$Eh.set(s,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const n=new Set(e.flat(1/0).reverse());for(const s of n)t.unshift(ve(s))}else e!==void 0&&t.push(ve(e));return t}static _$Eu(e,t){const n=t.attribute;return n===!1?void 0:typeof n=="string"?n:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return tt(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){const n=this.constructor.elementProperties.get(e),s=this.constructor._$Eu(e,n);if(s!==void 0&&n.reflect===!0){const o=(n.converter?.toAttribute!==void 0?n.converter:q).toAttribute(t,n.type);this._$Em=e,o==null?this.removeAttribute(s):this.setAttribute(s,o),this._$Em=null}}_$AK(e,t){const n=this.constructor,s=n._$Eh.get(e);if(s!==void 0&&this._$Em!==s){const o=n.getPropertyOptions(s),i=typeof o.converter=="function"?{fromAttribute:o.converter}:o.converter?.fromAttribute!==void 0?o.converter:q;this._$Em=s;const l=i.fromAttribute(t,o.type);this[s]=l??this._$Ej?.get(s)??l,this._$Em=null}}requestUpdate(e,t,n,s=!1,o){if(e!==void 0){const i=this.constructor;if(s===!1&&(o=this[e]),n??=i.getPropertyOptions(e),!((n.hasChanged??he)(o,t)||n.useDefault&&n.reflect&&o===this._$Ej?.get(e)&&!this.hasAttribute(i._$Eu(e,n))))return;this.C(e,t,n)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:s,wrapped:o},i){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,i??t??this[e]),o!==!0||i!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),s===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}const e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[s,o]of this._$Ep)this[s]=o;this._$Ep=void 0}const n=this.constructor.elementProperties;if(n.size>0)for(const[s,o]of n){const{wrapped:i}=o,l=this[s];i!==!0||this._$AL.has(s)||l===void 0||this.C(s,void 0,o,l)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(n=>n.hostUpdate?.()),this.update(t)):this._$EM()}catch(n){throw e=!1,this._$EM(),n}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};P.elementStyles=[],P.shadowRootOptions={mode:"open"},P[V("elementProperties")]=new Map,P[V("finalized")]=new Map,ct?.({ReactiveElement:P}),(G.reactiveElementVersions??=[]).push("2.1.2");const pe=globalThis,xe=r=>r,J=pe.trustedTypes,Ae=J?J.createPolicy("lit-html",{createHTML:r=>r}):void 0,Oe="$lit$",w=`lit$${Math.random().toFixed(9).slice(2)}$`,De="?"+w,dt=`<${De}>`,C=document,O=()=>C.createComment(""),D=r=>r===null||typeof r!="object"&&typeof r!="function",fe=Array.isArray,ut=r=>fe(r)||typeof r?.[Symbol.iterator]=="function",te=`[ 	
\f\r]`,U=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,ke=/-->/g,je=/>/g,j=RegExp(`>|${te}(?:([^\\s"'>=/]+)(${te}*=${te}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Se=/'/g,Ce=/"/g,Re=/^(?:script|style|textarea|title)$/i,Fe=r=>(e,...t)=>({_$litType$:r,strings:e,values:t}),f=Fe(1),nr=Fe(2),E=Symbol.for("lit-noChange"),u=Symbol.for("lit-nothing"),Ee=new WeakMap,S=C.createTreeWalker(C,129);function Ie(r,e){if(!fe(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return Ae!==void 0?Ae.createHTML(e):e}const ht=(r,e)=>{const t=r.length-1,n=[];let s,o=e===2?"<svg>":e===3?"<math>":"",i=U;for(let l=0;l<t;l++){const a=r[l];let p,h,d=-1,m=0;for(;m<a.length&&(i.lastIndex=m,h=i.exec(a),h!==null);)m=i.lastIndex,i===U?h[1]==="!--"?i=ke:h[1]!==void 0?i=je:h[2]!==void 0?(Re.test(h[2])&&(s=RegExp("</"+h[2],"g")),i=j):h[3]!==void 0&&(i=j):i===j?h[0]===">"?(i=s??U,d=-1):h[1]===void 0?d=-2:(d=i.lastIndex-h[2].length,p=h[1],i=h[3]===void 0?j:h[3]==='"'?Ce:Se):i===Ce||i===Se?i=j:i===ke||i===je?i=U:(i=j,s=void 0);const $=i===j&&r[l+1].startsWith("/>")?" ":"";o+=i===U?a+dt:d>=0?(n.push(p),a.slice(0,d)+Oe+a.slice(d)+w+$):a+w+(d===-2?l:$)}return[Ie(r,o+(r[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),n]};class R{constructor({strings:e,_$litType$:t},n){let s;this.parts=[];let o=0,i=0;const l=e.length-1,a=this.parts,[p,h]=ht(e,t);if(this.el=R.createElement(p,n),S.currentNode=this.el.content,t===2||t===3){const d=this.el.content.firstChild;d.replaceWith(...d.childNodes)}for(;(s=S.nextNode())!==null&&a.length<l;){if(s.nodeType===1){if(s.hasAttributes())for(const d of s.getAttributeNames())if(d.endsWith(Oe)){const m=h[i++],$=s.getAttribute(d).split(w),z=/([.?@])?(.*)/.exec(m);a.push({type:1,index:o,name:z[2],strings:$,ctor:z[1]==="."?ft:z[1]==="?"?mt:z[1]==="@"?bt:Q}),s.removeAttribute(d)}else d.startsWith(w)&&(a.push({type:6,index:o}),s.removeAttribute(d));if(Re.test(s.tagName)){const d=s.textContent.split(w),m=d.length-1;if(m>0){s.textContent=J?J.emptyScript:"";for(let $=0;$<m;$++)s.append(d[$],O()),S.nextNode(),a.push({type:2,index:++o});s.append(d[m],O())}}}else if(s.nodeType===8)if(s.data===De)a.push({type:2,index:o});else{let d=-1;for(;(d=s.data.indexOf(w,d+1))!==-1;)a.push({type:7,index:o}),d+=w.length-1}o++}}static createElement(e,t){const n=C.createElement("template");return n.innerHTML=e,n}}function M(r,e,t=r,n){if(e===E)return e;let s=n!==void 0?t._$Co?.[n]:t._$Cl;const o=D(e)?void 0:e._$litDirective$;return s?.constructor!==o&&(s?._$AO?.(!1),o===void 0?s=void 0:(s=new o(r),s._$AT(r,t,n)),n!==void 0?(t._$Co??=[])[n]=s:t._$Cl=s),s!==void 0&&(e=M(r,s._$AS(r,e.values),s,n)),e}class pt{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:n}=this._$AD,s=(e?.creationScope??C).importNode(t,!0);S.currentNode=s;let o=S.nextNode(),i=0,l=0,a=n[0];for(;a!==void 0;){if(i===a.index){let p;a.type===2?p=new N(o,o.nextSibling,this,e):a.type===1?p=new a.ctor(o,a.name,a.strings,this,e):a.type===6&&(p=new gt(o,this,e)),this._$AV.push(p),a=n[++l]}i!==a?.index&&(o=S.nextNode(),i++)}return S.currentNode=C,s}p(e){let t=0;for(const n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(e,n,t),t+=n.strings.length-2):n._$AI(e[t])),t++}}class N{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,s){this.type=2,this._$AH=u,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=s,this._$Cv=s?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=M(this,e,t),D(e)?e===u||e==null||e===""?(this._$AH!==u&&this._$AR(),this._$AH=u):e!==this._$AH&&e!==E&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):ut(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==u&&D(this._$AH)?this._$AA.nextSibling.data=e:this.T(C.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:n}=e,s=typeof n=="number"?this._$AC(e):(n.el===void 0&&(n.el=R.createElement(Ie(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===s)this._$AH.p(t);else{const o=new pt(s,this),i=o.u(this.options);o.p(t),this.T(i),this._$AH=o}}_$AC(e){let t=Ee.get(e.strings);return t===void 0&&Ee.set(e.strings,t=new R(e)),t}k(e){fe(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let n,s=0;for(const o of e)s===t.length?t.push(n=new N(this.O(O()),this.O(O()),this,this.options)):n=t[s],n._$AI(o),s++;s<t.length&&(this._$AR(n&&n._$AB.nextSibling,s),t.length=s)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const n=xe(e).nextSibling;xe(e).remove(),e=n}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}}class Q{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,s,o){this.type=1,this._$AH=u,this._$AN=void 0,this.element=e,this.name=t,this._$AM=s,this.options=o,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=u}_$AI(e,t=this,n,s){const o=this.strings;let i=!1;if(o===void 0)e=M(this,e,t,0),i=!D(e)||e!==this._$AH&&e!==E,i&&(this._$AH=e);else{const l=e;let a,p;for(e=o[0],a=0;a<o.length-1;a++)p=M(this,l[n+a],t,a),p===E&&(p=this._$AH[a]),i||=!D(p)||p!==this._$AH[a],p===u?e=u:e!==u&&(e+=(p??"")+o[a+1]),this._$AH[a]=p}i&&!s&&this.j(e)}j(e){e===u?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class ft extends Q{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===u?void 0:e}}class mt extends Q{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==u)}}class bt extends Q{constructor(e,t,n,s,o){super(e,t,n,s,o),this.type=5}_$AI(e,t=this){if((e=M(this,e,t,0)??u)===E)return;const n=this._$AH,s=e===u&&n!==u||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,o=e!==u&&(n===u||s);s&&this.element.removeEventListener(this.name,this,n),o&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class gt{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){M(this,e)}}const sr={I:N},_t=pe.litHtmlPolyfillSupport;_t?.(R,N),(pe.litHtmlVersions??=[]).push("3.3.3");const yt=(r,e,t)=>{const n=t?.renderBefore??e;let s=n._$litPart$;if(s===void 0){const o=t?.renderBefore??null;n._$litPart$=s=new N(e.insertBefore(O(),o),o,void 0,t??{})}return s._$AI(r),s};const me=globalThis;let T=class extends P{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=yt(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return E}};T._$litElement$=!0,T.finalized=!0,me.litElementHydrateSupport?.({LitElement:T});const vt=me.litElementPolyfillSupport;vt?.({LitElement:T});(me.litElementVersions??=[]).push("4.2.2");const $t={attribute:!0,type:String,converter:q,reflect:!1,hasChanged:he},wt=(r=$t,e,t)=>{const{kind:n,metadata:s}=t;let o=globalThis.litPropertyMetadata.get(s);if(o===void 0&&globalThis.litPropertyMetadata.set(s,o=new Map),n==="setter"&&((r=Object.create(r)).wrapped=!0),o.set(t.name,r),n==="accessor"){const{name:i}=t;return{set(l){const a=e.get.call(this);e.set.call(this,l),this.requestUpdate(i,a,r,!0,l)},init(l){return l!==void 0&&this.C(i,void 0,r,l),l}}}if(n==="setter"){const{name:i}=t;return function(l){const a=this[i];e.call(this,l),this.requestUpdate(i,a,r,!0,l)}}throw Error("Unsupported decorator location: "+n)};function A(r){return(e,t)=>typeof t=="object"?wt(r,e,t):((n,s,o)=>{const i=s.hasOwnProperty(o);return s.constructor.createProperty(o,n),i?Object.getOwnPropertyDescriptor(s,o):void 0})(r,e,t)}function L(r){return A({...r,state:!0,attribute:!1})}const xt=(r,e,t)=>(t.configurable=!0,t.enumerable=!0,Reflect.decorate&&typeof e!="object"&&Object.defineProperty(r,e,t),t);function At(r,e){return(t,n,s)=>{const o=i=>i.renderRoot?.querySelector(r)??null;return xt(t,n,{get(){return o(this)}})}}const kt={ATTRIBUTE:1,CHILD:2},jt=r=>(...e)=>({_$litDirective$:r,values:e});let St=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,n){this._$Ct=e,this._$AM=t,this._$Ci=n}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}};const I={"panel.title":"Print Log","panel.open_sidebar":"Open the sidebar","panel.views":"Views","panel.jobs":"Jobs","panel.analytics":"Analytics","panel.printers_error":"Could not load the printers: {error}","common.retry":"Retry","common.refresh":"Refresh","common.loading":"Loading…","common.cancel":"Cancel","common.save":"Save","common.edit":"Edit","common.delete":"Delete","common.close":"Close","common.printer":"Printer","common.printers":"Printers","common.all_printers":"All printers","common.no_data":"No data for this selection","common.unknown":"Unknown","common.unknown_error":"Unknown error","common.other_n":"Other ({n})","common.n_jobs":{one:"{n} job",other:"{n} jobs"},"status.in_progress":"In progress","status.completed":"Completed","status.cancelled":"Cancelled","status.error":"Error","status.klippy_shutdown":"Klippy shutdown","status.klippy_disconnect":"Klippy disconnected","status.interrupted":"Interrupted","status.server_exit":"Server exit","printer.offline":"Offline","printer.standby":"Standby","printer.printing":"Printing","printer.paused":"Paused","printer.complete":"Completed","printer.cancelled":"Cancelled","printer.error":"Error","period.7d":"Last 7 days","period.30d":"Last 30 days","period.90d":"Last 90 days","period.365d":"Last 12 months","period.all":"All time","bucket.day":"Day","bucket.week":"Week","bucket.month":"Month","bucket.year":"Year","bucket_per.day":"day","bucket_per.week":"week","bucket_per.month":"month","bucket_per.year":"year","bucket_many.day":"days","bucket_many.week":"weeks","bucket_many.month":"months","bucket_many.year":"years","kpi.jobs":"Jobs","kpi.jobs_sub":"{completed} completed · {failed} failed · {cancelled} cancelled","kpi.success_rate":"Success rate","kpi.printing_now":{one:"{n} printing now",other:"{n} printing now"},"kpi.print_time":"Print time","kpi.hours_per_job":"{hours} h per job","kpi.filament":"Filament","kpi.cost":"Cost","unit.seconds":"{n} s","unit.minutes":"{n} min","unit.hours":"{n} h","unit.grams":"{n} g","unit.kilograms":"{n} kg","unit.metres":"{n} m","unit.range":"{from}–{to}","unit.under":"<{limit}","unit.at_least":"≥{limit}","duration.days_hours":"{d} d {h} h","duration.hours_minutes":"{h} h {min} min","live.progress_of":"Progress of {file}","live.elapsed":"{time} elapsed","live.left":"{time} left","live.no_job":"No job running","analytics.selection":"Analytics selection","analytics.period":"Period","analytics.group_by":"Group by","analytics.load_error":"Some figures could not be loaded: {error}","analytics.bucket_note":"Shown per {shown}: the jobs span more than 10,000 {bucket} (some have dates far in the past or future).","analytics.jobs_per.day":"Jobs per day","analytics.jobs_per.week":"Jobs per week","analytics.jobs_per.month":"Jobs per month","analytics.jobs_per.year":"Jobs per year","analytics.hours_per.day":"Print hours per day","analytics.hours_per.week":"Print hours per week","analytics.hours_per.month":"Print hours per month","analytics.hours_per.year":"Print hours per year","analytics.unit_jobs":"Jobs","analytics.unit_hours":"Hours","analytics.filament_type":"Filament by type","analytics.filament_type_label":"Filament used by type","analytics.filament_colour":"Filament by colour","analytics.filament_colour_label":"Filament used by colour","analytics.by_spool":"Filament by spool","analytics.by_vendor":"Filament by vendor","analytics.by_material":"Filament by material","analytics.spool_totals":"{grams} from Spoolman spools, costing {cost}","spools.title":"Spools","spools.spool":"Spool","spools.material":"Material","spools.length":"Length","spools.weight":"Weight","spools.filament_cost":"Filament cost from the spools' prices","spools.filter":"Spool","spools.any":"Any spool","spools.vendors":"Vendors","analytics.success_printer":"Success rate per printer","analytics.outcome":"Jobs by outcome","analytics.duration":"Print duration","analytics.duration_label":"Ended jobs by print duration","analytics.heatmap":"When prints start","chart.period":"Period","chart.range":"Range","chart.total":"Total: {total} {unit}","heatmap.label":"Jobs by weekday and hour","heatmap.cell":{one:"{day} {from}–{to}: {count} job",other:"{day} {from}–{to}: {count} jobs"},"rating.rating":"Rating","rating.rated":"Rated {n} of 5","rating.none":"Not rated","rating.of":"Rating of {subject}","rating.stars":{one:"{count} star",other:"{count} stars"},"filter.all_statuses":"All statuses","filter.failed_any":"Failed (any)","column.file":"File","column.status":"Status","column.started":"Started","column.tags":"Tags","column.notes":"Notes","jobs.key_figures":"Key figures","jobs.load_error":"Could not load the jobs: {error}","jobs.loading":"Loading jobs","jobs.search":"Search file names","jobs.filters":"Filters","jobs.filters_n":"Filters ({n})","jobs.delete_n":"Delete {n}","jobs.add":"Add job","jobs.export":"Export CSV","jobs.export_hint":"Download the jobs the filters select as a CSV file","jobs.from":"From","jobs.to":"To","jobs.filament_type":"Filament type","jobs.tags_filter":"Tags (any of, comma separated)","jobs.clear_filters":"Clear filters","jobs.print_jobs":"Print jobs","jobs.select_all":"Select all jobs on this page","jobs.select":"Select {file}","jobs.edit":"Edit {file}","jobs.delete":"Delete {file}","jobs.actions":"Actions","jobs.no_match":"No jobs match these filters","jobs.pages":"Pages","jobs.rows_per_page":"Rows per page","jobs.range":"{first}–{last} of {total}","jobs.previous_page":"Previous page","jobs.next_page":"Next page","jobs.saved":"Saved {file}","jobs.save_error":"Could not save: {error}","jobs.deleted":{one:"Deleted {count} job",other:"Deleted {count} jobs"},"jobs.added":"Added {file}","jobs.delete_heading":{one:"Delete this job?",other:"Delete {count} jobs?"},"jobs.delete_text":{one:"This removes the job record from the print log. It cannot be undone.",other:"This removes the job records from the print log. It cannot be undone."},"jobs.and_more":"and {n} more","jobs.details":"Job details","jobs.add_heading":"Add a job","detail.thumbnail_of":"Thumbnail of {file}","detail.thumbnail_unavailable":"Thumbnail unavailable","detail.no_thumbnail":"No thumbnail","detail.job_id":"Job id","detail.copy_id":"Copy the job id","detail.copy_id_title":"Copy the job id (for actions such as update_job)","detail.copy":"Copy","detail.copied":"Copied","detail.ended":"Ended","detail.estimated":"estimated {time}","detail.total_time":"Total time","detail.pauses":"Pauses","detail.notes_rating":"Notes and rating","detail.failure_reason":"Failure reason","detail.slicer":"Slicer settings","detail.no_slicer":"No slicer settings known","detail.timeline":"Timeline","detail.no_events":"No events recorded","detail.metadata":"Moonraker metadata","detail.fields":{one:"{count} field",other:"{count} fields"},"detail.no_metadata":"No metadata","event.started":"Started","event.paused":"Paused","event.resumed":"Resumed","event.finished":"Finished","event.cancelled":"Cancelled","event.error":"Error","event.disconnected":"Disconnected","event.reconnected":"Reconnected","source.live":"Recorded live","source.import":"Imported from Moonraker's history","source.manual":"Added by hand","form.filename":"File name","form.start":"Start","form.start_date":"Start date","form.start_time":"Start time","config.invalid":"Invalid configuration","config.text":"{option} must be text","config.boolean":"{option} must be true or false","config.whole_number":"{option} must be a whole number from {min} to {max}","config.one_of":"{option} must be one of {values}","form.hours_symbol":"h","form.minutes_symbol":"min","form.hours":"Hours","form.minutes":"Minutes","form.filament_g":"Filament (g)","form.filament_m":"Filament (m)","form.tags":"Tags (separated by commas)","form.failure_reason_failed":"Failure reason (failed jobs)","form.choose_printer":"Choose a printer","form.enter_filename":"Enter the file name","form.choose_status":"Choose how the print ended","form.enter_start":"Enter the start date and time","form.start_future":"The start is in the future: a job is recorded once it ended","form.start_before":"The start must not be before {date}","form.positive":"{field} must be a positive number","form.range":"{field} must be from {min} to {max}","form.filament_weight":"Filament weight","form.filament_length":"Filament length","form.filament_length_mm":"Filament length (mm)","form.print_time_s":"The print time (s)","form.tag_length":{one:"Each tag must be at most {count} character",other:"Each tag must be at most {count} characters"},"card.description":"Current 3D print jobs, recent jobs and key figures from the print log.","card.stub_title":"3D printing","card.success":"Success","card.no_printers":"No printers","card.current_jobs":"Current jobs","card.recent_jobs":"Recent jobs","card.no_jobs":"No jobs yet","card.key_figures_of":"Key figures, {period}","card.title":"Title","card.show_current":"Show the current jobs","card.show_recent":"Show recent jobs","card.recent_count":"Number of recent jobs","card.show_stats":"Show key figures","card.stats_period":"Period of the key figures","panel.maintenance":"Maintenance","maintenance.left_hours":"{left} of {of} h left","maintenance.left_filament_kg":"{left} of {of} kg left","maintenance.left_jobs":"{left} of {of} jobs left","maintenance.left_days":"{left} of {of} days left","maintenance.delete_confirm":"Delete “{name}”? A task with a log is archived and its log kept.","maintenance.fix_fields":"Please correct the marked fields.","maintenance.field.name":"Task","maintenance.field.interval_hours":"Every … print hours","maintenance.field.interval_filament_kg":"Every … kg of filament","maintenance.field.interval_jobs":"Every … jobs","maintenance.field.interval_days":"Every … days","maintenance.field.cost":"Cost","maintenance.field.notes":"Notes","maintenance.edit_task":"Edit task","maintenance.add_task":"Add task","maintenance.status.ok":"OK","maintenance.status.soon":"Nearly due","maintenance.status.due":"Due","maintenance.progress_of":"How close {name} is to due","maintenance.last_done":"Last done: {when}","maintenance.failure_rate":"Failure rate since: {since} (before: {before})","maintenance.log_done":"Log as done","maintenance.done":"Done","maintenance.total_cost":"Maintenance cost: {cost}","maintenance.no_tasks":"No maintenance tasks for this printer.","maintenance.log":"Maintenance log","maintenance.no_log":"Nothing logged yet.","maintenance.when":"When","maintenance.by":"By","maintenance.counters":"Printer counters","maintenance.counters_value":"{hours} h · {jobs} jobs","photos.title":"Photos","photos.none":"No photos yet","photos.open":"Open the photo","photos.add":"Add a photo","photos.uploading":"Uploading…","photos.upload_failed":"The photo was not added: {error}","photos.close":"Close","photos.kind.first_layer":"First layer","photos.kind.pause":"Paused","photos.kind.end":"End","photos.kind.upload":"Added by hand","climate.title":"Enclosure climate","climate.paused":"Paused","climate.stats":"min {min} · mean {mean} · max {max} {unit}","climate.missing":"no reading for {time}","failure.spaghetti":"Spaghetti","failure.bed_adhesion":"Bed adhesion","failure.clog":"Clogged nozzle","failure.layer_shift":"Layer shift","failure.filament_runout":"Filament ran out","failure.cancelled_on_purpose":"Cancelled on purpose","failure.other":"Other","failure.unknown":"No reason given","failure.other_text":"What happened","analytics.failure_reason":"Why jobs failed","panel.files":"Files","files.search":"Search file names","files.sort":"Sort by","files.order":"Order","files.order.desc":"Highest / newest first","files.order.asc":"Lowest / oldest first","files.sort.last_start":"Last print","files.sort.prints":"Prints","files.sort.success_rate":"Success rate","files.sort.filename":"File name","files.sort.print_duration":"Print time","files.sort.filament":"Filament","files.thumbnail":"Thumbnail","files.file":"File","files.prints":"Prints","files.success_rate":"Success","files.last_result":"Last result","files.mean_time":"Mean time","files.mean_filament":"Mean filament","files.cost":"Cost","files.estimate":"Time vs. estimate","files.none":"No files match","files.range":"{from}–{to} of {total}","files.previous":"Previous page","files.next":"Next page","files.record":"File record","files.per_printer":"Per printer","files.farm":"Whole farm","files.versions":"Versions (re-slices)","files.version":"Version {n} of {count}","files.this_version":"this one","files.open_record":"File record","reprint.action":"Print again","reprint.heading":"Print again","reprint.print":"Print","reprint.copy_and_print":"Copy and print","reprint.print_anyway":"Print anyway","reprint.started":"Started on {printer}.","reprint.started_copied":"Copied from {source} and started on {printer}.","reprint.reason.printer_unknown":"This printer is not loaded.","reprint.reason.printer_offline":"The printer is offline.","reprint.reason.klippy_not_ready":"Klipper is not ready on this printer.","reprint.reason.printer_busy":"The printer is busy.","reprint.reason.file_missing":"The file is on no printer of the farm.","reprint.reason.copy_needed":"The file is not on this printer but on another one of the farm: copy it there first?","reprint.reason.model_mismatch":"The file was sliced for another printer model: print it anyway?","reprint.reason.moonraker_error":"The printer's Moonraker failed: {error}","card.show_reprint":"Offer “print again” (administrators)"},Le=["en","de","fr","es","it","nl","pl","pt-BR"],Ct={de:()=>k(()=>import("./i18n-de-CrkVrX_R.js"),[],import.meta.url),fr:()=>k(()=>import("./i18n-fr-D6r_ZnMM.js"),[],import.meta.url),es:()=>k(()=>import("./i18n-es-BSiZUTsf.js"),[],import.meta.url),it:()=>k(()=>import("./i18n-it-BGepB4Zg.js"),[],import.meta.url),nl:()=>k(()=>import("./i18n-nl-CFYNxqgG.js"),[],import.meta.url),pl:()=>k(()=>import("./i18n-pl-Dtr68udx.js"),[],import.meta.url),"pt-BR":()=>k(()=>import("./i18n-pt-BR-B8RJb0kj.js"),[],import.meta.url)};function X(r){if(!r)return"en";const e=r.toLowerCase().replace(/_/g,"-"),t=Le.find(s=>s.toLowerCase()===e);if(t)return t;const n=e.split("-")[0];return n==="pt"?"pt-BR":Le.find(s=>s===n)??"en"}let K="en",Be=I,be=new Intl.PluralRules("en"),re="en";const ne=new Map([["en",I]]);function ar(){return K}async function ze(r){const e=ne.get(r);if(e)return e;const t=await Ct[r]();return ne.set(r,t.default),t.default}async function lr(r,e){const t=X(r);let n=I,s="en";try{n=await ze(t),s=t}catch(o){console.warn(`print_logger: texts in ${t} unavailable, English shown:`,o)}return K=s,Be=n,be=new Intl.PluralRules(s),re=e??s,s}const Pe=new Map;function Et(r){if(typeof r!="number")return r;const e=re??"";let t=Pe.get(e);return t||(t=new Intl.NumberFormat(re,{maximumFractionDigits:2}),Pe.set(e,t)),t.format(r)}function se(r,e,t=be){return typeof r=="string"?r:e===void 0?r.other:r[t.select(e)]??r.other}function c(r,e){return We(Be,be,r,e)}function cr(r,e,t){const n=r?X(r):K,s=ne.get(n);return!s||n===K?c(e,t):We(s,new Intl.PluralRules(n),e,t)}function We(r,e,t,n){const s=r[t]??I[t];if(s===void 0)return t;const o=typeof n?.count=="number"?n.count:void 0,i=se(s,o,e);return n?i.replace(/\{(\w+)\}/g,(l,a)=>n[a]===void 0?l:Et(n[a])):i}async function dr(r,e){try{return se((await ze(X(r)))[e],void 0)}catch{return se(I[e],void 0)}}const v="print_logger";function Te(r){const e={};for(const[t,n]of Object.entries(r))n==null||n===""||Array.isArray(n)&&n.length===0||(e[t]=n);return e}function ur(r){if(r&&typeof r=="object"){const e=r.errors;if(e&&typeof e=="object")return Object.fromEntries(Object.entries(e).filter(t=>typeof t[1]=="string"))}return{}}function Lt(r){if(r&&typeof r=="object"){const e=r.translation_key;if(typeof e=="string")return e}}function Me(r){if(r&&typeof r=="object"){const e=r;if(typeof e.message=="string"&&e.message)return e.message;if(typeof e.error=="string"&&e.error)return e.error;if(typeof e.code=="string"&&e.code)return e.code}return typeof r=="string"?r:c("common.unknown_error")}class hr{constructor(e){this.hass=e}call(e,t={}){return this.hass.callWS({type:`${v}/${e}`,...Te(t)})}getMaintenance(e){return this.call("maintenance/get",{printer_ids:e})}createTask(e){return this.hass.callWS({type:`${v}/maintenance/tasks/create`,...e})}updateTask(e,t){return this.hass.callWS({type:`${v}/maintenance/tasks/update`,task_id:e,...t})}deleteTask(e){return this.call("maintenance/tasks/delete",{task_id:e})}logMaintenance(e){return this.call("maintenance/log/create",e)}deleteLogEntry(e){return this.call("maintenance/log/delete",{entry_id:e})}listPrinters(){return this.call("printers/list")}listJobs(e){return this.call("jobs/list",e)}async exportUrl(e){const t=new URLSearchParams;for(const[o,i]of Object.entries(Te(e)))i==null||i===""||t.set(o,Array.isArray(i)?i.join(","):String(i));const n=t.toString(),{path:s}=await this.hass.callWS({type:"auth/sign_path",path:`/api/${v}/export.csv${n?`?${n}`:""}`,expires:60});return s}async getJob(e){return(await this.call("jobs/get",{job_id:e})).job}async createJob(e){return(await this.call("jobs/create",e)).job}async updateJob(e,t){return(await this.hass.callWS({type:`${v}/jobs/update`,job_id:e,...t})).job}async deleteJobs(e){return(await this.call("jobs/delete",{job_ids:e})).deleted}listFiles(e){return this.call("files/list",e)}getFile(e){return this.call("files/get",{file_id:e})}startPrint(e,t,n=!1,s=!1){return this.call("print/start",{printer_id:e,filename:t,copy:n,confirm:s})}limits(){return this.call("limits")}summary(e){return this.call("analytics/summary",e)}timeseries(e,t,n){return this.call("analytics/timeseries",{...e,bucket:t,metric:n})}breakdown(e,t){return this.call("analytics/breakdown",{...e,by:t})}spoolBreakdown(e,t){return this.call("analytics/spools",{...e,by:t})}subscribe(e){return this.hass.connection.subscribeMessage(e,{type:`${v}/subscribe`})}fetch(e,t={}){if(this.hass.fetchWithAuth)return this.hass.fetchWithAuth(e,t);const n=this.hass.auth?.data?.access_token,s=this.hass.auth?.data?.hassUrl??"";return fetch(s+e,{...t,headers:{...t.headers??{},...n?{Authorization:`Bearer ${n}`}:{}}})}async thumbnail(e){const t=await this.fetch(`/api/${v}/jobs/${encodeURIComponent(e)}/thumbnail`);if(t.status===404)return null;if(!t.ok)throw new Error(`thumbnail: HTTP ${t.status}`);return t.blob()}async photo(e,t=!1){const n=t?"?size=thumb":"",s=await this.fetch(`/api/${v}/photos/${encodeURIComponent(e)}${n}`);if(s.status===404)return null;if(!s.ok)throw new Error(`photo: HTTP ${s.status}`);return s.blob()}async uploadPhoto(e,t){const n=new FormData;n.append("file",t,t instanceof File?t.name:"photo.jpg");const s=await this.fetch(`/api/${v}/jobs/${encodeURIComponent(e)}/photos`,{method:"POST",body:n}),o=await s.json().catch(()=>({}));if(!s.ok||!o.photo){const i=o.errors?Object.values(o.errors).join("; "):"";throw new Error(i||o.message||`HTTP ${s.status}`)}return o.photo}async deletePhoto(e){return(await this.call("photos/delete",{photo_id:e})).deleted}}class pr{get active(){return this.pending!==void 0}start(e,t,n){this.stop(),this.pending=e.subscribe(t).catch(s=>{n?.(s)})}stop(){const e=this.pending;this.pending=void 0,e?.then(t=>t?.()).catch(()=>{})}}const Pt=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"];function Tt(r){try{const e=new Intl.Locale(r??"en"),t=e.getWeekInfo?.()??e.weekInfo;if(t&&t.firstDay>=1&&t.firstDay<=7)return t.firstDay-1}catch{}return 0}function fr(r){const e=r?.locale?.language||r?.language||void 0;let t=e;switch(r?.locale?.number_format){case"comma_decimal":t="en-US";break;case"decimal_comma":t="de-DE";break;case"space_comma":t="fr-FR";break;case"system":t=void 0;break}const n=r?.locale?.time_format,s=n==="12"?!0:n==="24"?!1:void 0,o=r?.locale?.time_zone==="server"&&r.config?.time_zone?r.config.time_zone:void 0,i=Pt.indexOf(r?.locale?.first_weekday??""),l=i>=0?i:Tt(e);return{numberLocale:t,dateLocale:e,timeZone:o,hour12:s,currency:r?.config?.currency,language:X(e),firstWeekday:l}}const He=new Map,Ne=new Map;function Ze(r,e){const t=JSON.stringify([r??null,e]);let n=He.get(t);return n||(n=new Intl.NumberFormat(r,e),He.set(t,n)),n}function oe(r,e){const t=JSON.stringify([r??null,e]);let n=Ne.get(t);return n||(n=new Intl.DateTimeFormat(r,e),Ne.set(t,n)),n}function g(r,e,t=0){return r==null||!Number.isFinite(r)?"—":Ze(e.numberLocale,{maximumFractionDigits:t,minimumFractionDigits:0}).format(r)}function Mt(r,e){return r==null||!Number.isFinite(r)?"—":`${g(r,e,1)} %`}function Y(r,e){if(r==null||!Number.isFinite(r))return"—";if(e.currency)try{return Ze(e.numberLocale,{style:"currency",currency:e.currency}).format(r)}catch{}return g(r,e,2)}function ie(r,e){return c(`unit.${e}`,{n:r})}function H(r,e,t,n=0){return r==null||!Number.isFinite(r)?"—":ie(g(r,t,n),e)}function mr(r){if(r==null||!Number.isFinite(r)||r<0)return"—";const e=Math.round(r);if(e<60)return ie(String(e),"seconds");const t=Math.floor(e/60);if(t<60)return ie(String(t),"minutes");const n=Math.floor(t/60),s=t%60;if(n<24)return c("duration.hours_minutes",{h:String(n),min:String(s).padStart(2,"0")});const o=Math.floor(n/24);return c("duration.days_hours",{d:String(o),h:String(n%24)})}function ee(r,e,t=1){return r>=1e3?H(r/1e3,"kilograms",e,2):H(r,"grams",e,t)}function Ht(r,e,t){return r!=null&&Number.isFinite(r)&&r>0?ee(r,t):e!=null&&Number.isFinite(e)&&e>0?H(e/1e3,"metres",t,2):"—"}function br(r,e,t=!0,n=new Date){if(!r)return"—";const s=new Date(r);if(Number.isNaN(s.getTime()))return"—";const o=oe("en",{year:"numeric",timeZone:e.timeZone}),i=o.format(s)===o.format(n);return oe(e.dateLocale,{year:t||!i?"numeric":void 0,month:"short",day:"numeric",hour:"2-digit",minute:"2-digit",hour12:e.hour12,timeZone:e.timeZone}).format(s)}const Nt={in_progress:"status.in_progress",completed:"status.completed",cancelled:"status.cancelled",error:"status.error",klippy_shutdown:"status.klippy_shutdown",klippy_disconnect:"status.klippy_disconnect",interrupted:"status.interrupted",server_exit:"status.server_exit"};function Ut(r){const e=Nt[r];return e?c(e):r.replace(/_/g," ")}function Vt(r){return r==="completed"?"ok":r==="cancelled"?"warn":r==="in_progress"?"active":"error"}function gr(r){return f`<span class=${`chip status-${Vt(r)}`}>${Ut(r)}</span>`}function ae(r,e){if(!e)return-r.getTimezoneOffset()*6e4;const t=oe("en-US",{timeZone:e,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(r),n=o=>Number(t.find(i=>i.type===o)?.value??0);return Date.UTC(n("year"),n("month")-1,n("day"),n("hour"),n("minute"),n("second"))-Math.floor(r.getTime()/1e3)*1e3}function Ot(r,e,t){const n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(r.trim());if(!n)return;const s=/^(\d{2}):(\d{2})$/.exec((e??"00:00").trim());if(!s)return;const[o,i,l,a,p]=[n[1],n[2],n[3],s[1],s[2]].map(Number),h=Date.UTC(o,i-1,l,a,p),d=new Date(h);if(Number.isNaN(h)||d.getUTCMonth()!==i-1||d.getUTCDate()!==l||a>23||p>59)return;let m=h-ae(new Date(h),t);return m=h-ae(new Date(m),t),new Date(m).toISOString()}function Dt(r,e){return new Date(r.getTime()+ae(r,e)).toISOString().slice(0,10)}function le(r){if(!r)return;const e=r.trim();return/^#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(e)||/^#?[0-9a-fA-F]{3}$/.test(e)?e.startsWith("#")?e:`#${e}`:void 0}function _r(r){const e=new Set;for(const t of r.split(/[,;]/)){const n=t.trim();n&&e.add(n)}return[...e]}const Rt=/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;function qe(r){return r.replace(Rt,e=>`[U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}]`)}function Ft(r){return f`<bdi class="fname" dir="auto">${qe(r)}</bdi>`}const Je=[{id:"7d",days:7},{id:"30d",days:30},{id:"90d",days:90},{id:"365d",days:365},{id:"all",days:0}];function yr(r){return c(`period.${r}`)}function vr(r){return Je.some(e=>e.id===r)}function $r(r,e,t,n){const s={};e.length&&(s.printer_ids=[...e]);const o=Je.find(i=>i.id===r);if(o&&o.days>0){const i=new Date(t.getTime()-(o.days-1)*864e5),l=Ot(Dt(i,n),"00:00",n);l&&(s.since=l)}return s}function wr(r){switch(r){case"7d":case"30d":return"day";case"90d":return"week";default:return"month"}}function It(r){const e=/^(\d{4})-W(\d{2})$/.exec(r);if(e){const o=Date.UTC(Number(e[1]),0,4);return(o-(new Date(o).getUTCDay()+6)%7*864e5+(Number(e[2])-1)*7*864e5)/1e3}const t=/^(\d{4})-(\d{2})$/.exec(r);if(t)return Date.UTC(Number(t[1]),Number(t[2])-1,1)/1e3;const n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(r);if(n)return Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3]))/1e3;const s=Date.parse(r);return Number.isNaN(s)?Number.NaN:s/1e3}function xr(r){const e=r.map(t=>[It(t.bucket),Number(t.value)||0]).filter(([t])=>Number.isFinite(t)).sort((t,n)=>t[0]-n[0]);return[e.map(t=>t[0]),e.map(t=>t[1])]}function Ar(r,e,t){const n=new Date(r*1e3);return new Intl.DateTimeFormat(t,e==="year"?{year:"numeric",timeZone:"UTC"}:e==="month"?{month:"short",year:"numeric",timeZone:"UTC"}:{month:"short",day:"numeric",timeZone:"UTC"}).format(n)}function kr(r,e){if(r.length<=e)return[...r];const t=Math.ceil(r.length/Math.max(e,1));return r.filter((n,s)=>s%t===0)}function jr(r){return r==="day"?86400:r==="week"?7*86400:r==="month"?30*86400:365*86400}const Bt=3600,W=r=>({n:r,unit:"minutes"}),_=r=>({n:r,unit:"hours"}),Ue=r=>r.n*(r.unit==="hours"?Bt:60),Sr=[[void 0,W(15)],[W(15),W(30)],[W(30),_(1)],[_(1),_(2)],[_(2),_(4)],[_(4),_(8)],[_(8),_(16)],[_(16),void 0]].map(([r,e])=>({from:r,to:e,min:r?Ue(r):0,max:e?Ue(e)-.001:void 0}));function Cr(r,e){const t=i=>H(i.n,i.unit,e),{from:n,to:s}=r;if(!n)return s?c("unit.under",{limit:t(s)}):"";if(!s)return c("unit.at_least",{limit:t(n)});const o=n.unit===s.unit?g(n.n,e):t(n);return c("unit.range",{from:o,to:t(s)})}function Er(r){const e=new Intl.DateTimeFormat(r,{weekday:"short",timeZone:"UTC"});return Array.from({length:7},(t,n)=>e.format(new Date(Date.UTC(2024,0,1+n))))}function Lr(r){return Array.from({length:7},(e,t)=>(r+t)%7)}function Pr(r){const e=Array.from({length:7},()=>new Array(24).fill(0));for(const t of r){const n=t.key;typeof n!="number"||!Number.isInteger(n)||n<0||n>=168||(e[Math.floor(n/24)][n%24]=t.jobs)}return e}function Tr(r){let e=0;for(const t of r)for(const n of t)n>e&&(e=n);return e}function Mr(r,e,t){const n=[...r].sort((l,a)=>(a[e]??0)-(l[e]??0));if(n.length<=t)return n;const s=n.slice(0,t-1),o=n.slice(t-1),i={key:"__other__",label:c("common.other_n",{n:o.length}),jobs:o.reduce((l,a)=>l+a.jobs,0),hours:o.reduce((l,a)=>l+a.hours,0),filament_g:o.reduce((l,a)=>l+a.filament_g,0),success_rate:null};return[...s,i]}function Ke(r,e){customElements.get(r)||customElements.define(r,e)}function ce(r,e,t){r.dispatchEvent(new CustomEvent(e,{detail:t,bubbles:!0,composed:!0}))}var Hr="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",Nr="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",Ur="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",zt="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",Vr="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",Or="M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z",Dr="M4 4V22H20V24H4C2.9 24 2 23.1 2 22V4H4M15 7H20.5L15 1.5V7M8 0H16L22 6V18C22 19.11 21.11 20 20 20H8C6.89 20 6 19.1 6 18V2C6 .89 6.89 0 8 0M17 16V14H8V16H17M20 12V10H8V12H20Z",Rr="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",Fr="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Ir="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",Br="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",zr="M19,6A1,1 0 0,0 20,5A1,1 0 0,0 19,4A1,1 0 0,0 18,5A1,1 0 0,0 19,6M19,2A3,3 0 0,1 22,5V11H18V7H6V11H2V5A3,3 0 0,1 5,2H19M18,18.25C18,18.63 17.79,18.96 17.47,19.13L12.57,21.82C12.4,21.94 12.21,22 12,22C11.79,22 11.59,21.94 11.43,21.82L6.53,19.13C6.21,18.96 6,18.63 6,18.25V13C6,12.62 6.21,12.29 6.53,12.12L11.43,9.68C11.59,9.56 11.79,9.5 12,9.5C12.21,9.5 12.4,9.56 12.57,9.68L17.47,12.12C17.79,12.29 18,12.62 18,13V18.25M12,11.65L9.04,13L12,14.6L14.96,13L12,11.65M8,17.66L11,19.29V16.33L8,14.71V17.66M16,17.66V14.71L13,16.33V19.29L16,17.66Z",Wr="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",Zr="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",qr="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",Jr="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z",Kr="M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z";function Wt(r,e){return e?f`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${e}><path d=${r}></path></svg>`:f`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${r}></path></svg>`}const Ye=F`
  :host {
    --pl-ok: var(--success-color, #43a047);
    --pl-warn: var(--warning-color, #ffa600);
    --pl-error: var(--error-color, #db4437);
    --pl-active: var(--info-color, #039be5);
    --pl-radius: var(--ha-card-border-radius, 12px);
    --pl-border: 1px solid var(--divider-color, rgba(0, 0, 0, 0.12));
    --pl-surface: var(--card-background-color, var(--ha-card-background, #fff));
    --pl-muted: var(--secondary-text-color, #727272);
    color: var(--primary-text-color, #212121);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, Roboto, sans-serif));
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    background: var(--pl-surface);
    border: 1px solid var(--divider-color, #ccc);
    border-radius: 6px;
    padding: 6px 8px;
    min-height: 36px;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 64px;
    width: 100%;
  }
  :focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 36px;
    padding: 0 14px;
    border-radius: 18px;
    border: 1px solid var(--primary-color, #03a9f4);
    background: transparent;
    color: var(--primary-color, #03a9f4);
    cursor: pointer;
    white-space: nowrap;
  }
  .btn.primary {
    background: var(--primary-color, #03a9f4);
    color: var(--text-primary-color, #fff);
  }
  .btn.danger {
    border-color: var(--pl-error);
    color: var(--pl-error);
  }
  .btn.danger.primary {
    background: var(--pl-error);
    color: #fff;
  }
  .btn[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  .icon-btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    border: none;
    background: transparent;
    color: inherit;
    cursor: pointer;
    padding: 0;
  }
  .icon-btn:hover,
  .btn:hover {
    background-color: rgba(127, 127, 127, 0.12);
  }
  .btn.primary:hover {
    filter: brightness(1.08);
    background: var(--primary-color, #03a9f4);
  }
  svg.icon {
    width: 24px;
    height: 24px;
    fill: currentColor;
    flex: none;
  }
  .card {
    background: var(--pl-surface);
    border-radius: var(--pl-radius);
    box-shadow: var(--ha-card-box-shadow, none);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color, #e0e0e0));
  }
  .muted {
    color: var(--pl-muted);
  }
  .chip {
    display: inline-block;
    padding: 2px 8px;
    border-radius: 10px;
    font-size: 0.85em;
    line-height: 1.4;
    white-space: nowrap;
    border: 1px solid currentColor;
  }
  .status-ok {
    color: var(--pl-ok);
  }
  .status-warn {
    color: var(--pl-warn);
  }
  .status-error {
    color: var(--pl-error);
  }
  .status-active {
    color: var(--pl-active);
  }
  .tag {
    display: inline-block;
    padding: 1px 8px;
    margin: 1px 2px 1px 0;
    border-radius: 10px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.15));
    font-size: 0.85em;
  }
  .error-banner {
    padding: 10px 14px;
    border-radius: 8px;
    border: 1px solid var(--pl-error);
    color: var(--pl-error);
    display: flex;
    gap: 12px;
    align-items: center;
    justify-content: space-between;
    flex-wrap: wrap;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .swatch {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    vertical-align: middle;
  }
`;const Ge="important",Zt=" !"+Ge,qt=jt(class extends St{constructor(r){if(super(r),r.type!==kt.ATTRIBUTE||r.name!=="style"||r.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(r){return Object.keys(r).reduce((e,t)=>{const n=r[t];return n==null?e:e+`${t=t.includes("-")?t:t.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${n};`},"")}update(r,[e]){const{style:t}=r.element;if(this.ft===void 0)return this.ft=new Set(Object.keys(e)),this.render(e);for(const n of this.ft)e[n]==null&&(this.ft.delete(n),n.includes("-")?t.removeProperty(n):t[n]=null);for(const n in e){const s=e[n];if(s!=null){this.ft.add(n);const o=typeof s=="string"&&s.endsWith(Zt);n.includes("-")||o?t.setProperty(n,o?s.slice(0,-11):s,o?Ge:""):t[n]=s}}return E}});function Yr(r,e){return[{id:"jobs",label:c("kpi.jobs"),value:g(r.jobs,e),sub:c("kpi.jobs_sub",{completed:g(r.completed,e),failed:g(r.failed,e),cancelled:g(r.cancelled,e)})},{id:"success_rate",label:c("kpi.success_rate"),value:Mt(r.success_rate,e),sub:r.in_progress?c("kpi.printing_now",{count:r.in_progress,n:g(r.in_progress,e)}):void 0},{id:"print_hours",label:c("kpi.print_time"),value:H(r.print_hours,"hours",e,1),sub:r.avg_print_hours!==null&&r.avg_print_hours!==void 0?c("kpi.hours_per_job",{hours:g(r.avg_print_hours,e,2)}):void 0},{id:"filament",label:c("kpi.filament"),value:Ht(r.filament_g,r.filament_mm,e),sub:r.filament_mm?H(r.filament_mm/1e3,"metres",e,1):void 0},{id:"cost",label:c("kpi.cost"),value:Y(r.cost,e)}]}function Qe(r){const e=[r.vendor,r.filament_name].filter(Boolean).join(" ");return e?`#${r.spool_id} ${e}`:`#${r.spool_id}`}function Xe(r){const e=(r.multi_color_hexes??"").split(",").map(t=>le(t)).filter(t=>!!t);if(e.length>1){const t=100/e.length;return`linear-gradient(90deg, ${e.map((n,s)=>`${n} ${s*t}% ${(s+1)*t}%`).join(", ")})`}return le(r.color_hex)}function Gr(r,e){return r?.length?f`<span class="spools" data-spools=${r.map(t=>t.spool_id).join(",")}>
    ${r.map(t=>{const n=Xe(t),s=t.weight_g!==void 0?ee(t.weight_g,e,1):"",o=[Qe(t),t.material,s].filter(Boolean).join(" · ");return f`<span class="spool-chip" title=${o} aria-label=${o}>
        <span class="spool-dot" style=${n?`background:${n}`:""}></span>${t.filament_name??`#${t.spool_id}`}
      </span>`})}
  </span>`:u}function Qr(r,e,t){return f`<table class="spool-table">
    <thead>
      <tr>
        <th>${c("spools.spool")}</th>
        <th>${c("spools.material")}</th>
        <th class="num">${c("spools.length")}</th>
        <th class="num">${c("spools.weight")}</th>
        <th class="num">${c("kpi.cost")}</th>
      </tr>
    </thead>
    <tbody>
      ${r.map(n=>{const s=Xe(n);return f`<tr data-spool-id=${n.spool_id}>
          <td><span class="spool-dot" style=${s?`background:${s}`:""}></span> ${Qe(n)}</td>
          <td>${n.material??"—"}</td>
          <td class="num">${g(n.length_mm/1e3,t,2)} m</td>
          <td class="num">${n.weight_g!==void 0?ee(n.weight_g,t,1):"—"}</td>
          <td class="num">${Y(n.cost??null,t)}</td>
        </tr>`})}
    </tbody>
    <tfoot>
      <tr>
        <td colspan="4">${c("spools.filament_cost")}</td>
        <td class="num">${Y(e,t)}</td>
      </tr>
    </tfoot>
  </table>`}function Xr(r,e,t){return r.map(n=>{const s={key:n.key===null?"":String(n.key),label:n.key===null?c("common.unknown"):n.label,value:n.filament_g,display:ee(n.filament_g,e,0),note:[c("common.n_jobs",{count:n.jobs,n:g(n.jobs,e)}),n.cost!==null?Y(n.cost,e):""].filter(Boolean).join(" · ")},o=t?le(n.color_hex):void 0;return o&&(s.colour=o),s})}const en=F`
  .spools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 4px;
    margin-top: 2px;
    white-space: normal;
  }
  .spool-chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 8px 1px 3px;
    border-radius: 12px;
    border: 1px solid var(--divider-color, #ddd);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .spool-dot {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    background: var(--disabled-text-color, #bbb);
    vertical-align: middle;
  }
  .spool-table {
    border-collapse: collapse;
    width: 100%;
  }
  .spool-table th,
  .spool-table td {
    padding: 4px 8px;
    text-align: start;
    border-bottom: 1px solid var(--divider-color, #ddd);
  }
  .spool-table .num {
    text-align: end;
  }
`;var Jt=Object.defineProperty,B=(r,e,t,n)=>{for(var s=void 0,o=r.length-1,i;o>=0;o--)(i=r[o])&&(s=i(e,t,s)||s);return s&&Jt(e,t,s),s};const ge=class ge extends T{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return f`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${c("common.close")} @click=${this.close}>${Wt(zt)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${e=>this.hasActions=e.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(e){!e.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=Kt(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(e){e.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,ce(this,"closed")}};ge.styles=[Ye,F`
      dialog {
        border: none;
        padding: 0;
        border-radius: var(--ha-dialog-border-radius, 16px);
        background: var(--mdc-theme-surface, var(--card-background-color, #fff));
        color: var(--primary-text-color);
        width: min(560px, calc(100vw - 24px));
        max-height: calc(100vh - 48px);
        box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35);
      }
      dialog.wide {
        width: min(960px, calc(100vw - 24px));
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.45);
      }
      .frame {
        display: flex;
        flex-direction: column;
        max-height: calc(100vh - 48px);
      }
      header {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 12px 8px 8px 20px;
      }
      h2 {
        flex: 1;
        margin: 0;
        font-size: 1.25rem;
        font-weight: 500;
        overflow-wrap: anywhere;
      }
      .content {
        padding: 0 20px 12px;
        overflow: auto;
      }
      footer {
        display: flex;
        justify-content: flex-end;
        flex-wrap: wrap;
        gap: 8px;
        padding: 12px 20px 16px;
        border-top: var(--pl-border);
      }
      footer:not(.has-actions) {
        display: none;
      }
      @media (max-width: 600px) {
        dialog,
        dialog.wide {
          width: 100vw;
          max-width: 100vw;
          height: 100%;
          max-height: 100%;
          border-radius: 0;
        }
        .frame {
          max-height: 100%;
          height: 100%;
        }
        .content {
          flex: 1;
        }
      }
    `];let x=ge;B([A()],x.prototype,"heading");B([A({type:Boolean,reflect:!0})],x.prototype,"open");B([A({type:Boolean})],x.prototype,"wide");B([At("dialog")],x.prototype,"dialog");B([L()],x.prototype,"hasActions");function Kt(){let r=document.activeElement;for(;r?.shadowRoot?.activeElement;)r=r.shadowRoot.activeElement;return r}Ke("pl-dialog",x);var Yt=Object.defineProperty,y=(r,e,t,n)=>{for(var s=void 0,o=r.length-1,i;o>=0;o--)(i=r[o])&&(s=i(e,t,s)||s);return s&&Yt(e,t,s),s};const Gt={copy_needed:"copy",model_mismatch:"confirm"},_e=class _e extends T{constructor(){super(...arguments),this.printers=[],this.filename="",this.printerId="",this.chosen="",this.busy=!1,this.message="",this.answers={copy:!1,confirm:!1},this.started=""}willUpdate(e){if(e.has("filename")||e.has("printerId")||!this.printers.some(t=>t.id===this.chosen)){const t=this.printers.some(n=>n.id===this.printerId);this.chosen=t?this.printerId:this.printers[0]?.id??""}}reset(){this.message="",this.question=void 0,this.answers={copy:!1,confirm:!1},this.started=""}close(){this.reset(),ce(this,"reprint-closed")}async submit(e){if(!(!this.api||!this.chosen)){e&&(this.answers={...this.answers,[e]:!0}),this.busy=!0,this.message="",this.question=void 0;try{const t=await this.api.startPrint(this.chosen,this.filename,this.answers.copy,this.answers.confirm),n=this.printers.find(o=>o.id===t.printer_id)?.name??t.printer_id,s=this.printers.find(o=>o.id===t.copied_from)?.name??t.copied_from;this.started=s?c("reprint.started_copied",{printer:n,source:s}):c("reprint.started",{printer:n}),ce(this,"print-started",t)}catch(t){const n=Lt(t);this.question=n?Gt[n]:void 0,this.message=n?c(`reprint.reason.${n}`,{error:Me(t)}):Me(t)}finally{this.busy=!1}}}render(){const e=!!this.filename;return f`<pl-dialog .heading=${c("reprint.heading")} .open=${e} @closed=${()=>this.close()}>
      ${e?f`<p>${Ft(this.filename)}</p>
            <label
              >${c("common.printer")}
              <select
                .value=${this.chosen}
                ?disabled=${this.busy||!!this.started}
                @change=${t=>{this.chosen=t.target.value,this.reset()}}
              >
                ${this.printers.map(t=>f`<option value=${t.id} ?selected=${t.id===this.chosen}>${t.name}</option>`)}
              </select></label
            >
            ${this.message?f`<p class=${this.question?"question":"status-error"} role="alert">${this.message}</p>`:u}
            ${this.started?f`<p class="done" role="status">${this.started}</p>`:u}`:u}
      <button slot="actions" class="btn" @click=${()=>this.close()}>
        ${c(this.started?"common.close":"common.cancel")}
      </button>
      ${this.started?u:this.question?f`<button slot="actions" class="btn primary" ?disabled=${this.busy} @click=${()=>this.submit(this.question)}>
              ${c(this.question==="copy"?"reprint.copy_and_print":"reprint.print_anyway")}
            </button>`:f`<button slot="actions" class="btn primary" ?disabled=${this.busy||!this.chosen} @click=${()=>this.submit()}>
              ${c("reprint.print")}
            </button>`}
    </pl-dialog>`}};_e.styles=[Ye,F`
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
        margin: 12px 0;
      }
      .question {
        color: var(--pl-warn);
      }
      .done {
        color: var(--pl-ok);
      }
    `];let b=_e;y([A({attribute:!1})],b.prototype,"api");y([A({attribute:!1})],b.prototype,"printers");y([A()],b.prototype,"filename");y([A()],b.prototype,"printerId");y([L()],b.prototype,"chosen");y([L()],b.prototype,"busy");y([L()],b.prototype,"message");y([L()],b.prototype,"question");y([L()],b.prototype,"answers");y([L()],b.prototype,"started");Ke("pl-reprint-dialog",b);function tn(r){const e=r.current_job;return e?e.estimated_time&&e.estimated_time>0?Math.max(e.estimated_time-e.print_duration,0):e.progress>.01&&e.print_duration>0?e.print_duration*(1/e.progress-1):null:null}const Qt=["standby","printing","paused","complete","cancelled","error"];function rn(r){if(!r.online)return c("printer.offline");const e=r.print_state||"standby",t=`printer.${e}`;return Qt.includes(e)?c(t):e.charAt(0).toUpperCase()+e.slice(1).replace(/_/g," ")}function nn(r,e){if(e.type==="printer")return r.some(n=>n.id===e.printer.id)?r.map(n=>n.id===e.printer.id?e.printer:n):[...r,e.printer];if(e.type==="job_changed"){const t=e.job;return r.map(n=>n.id!==t.printer_id?n:t.status==="in_progress"?{...n,current_job:t}:n.current_job?.id===t.id?{...n,current_job:null}:n)}return r}function sn(r){return Math.round(r.progress*100)}function on(r){return Xt(r.progress,c("live.progress_of",{file:qe(r.filename)}))}function Xt(r,e,t){const n=Math.min(Math.max(r,0),1);return f`<div
    class="progress ${t??""}"
    role="progressbar"
    aria-label=${e}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${Math.round(n*100)}
  >
    <div style=${qt({width:`${Math.round(n*1e3)/10}%`})}></div>
  </div>`}const an=F`
  .progress {
    height: 6px;
    border-radius: 3px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.2));
    overflow: hidden;
  }
  .progress > div {
    height: 100%;
    background: var(--primary-color, #03a9f4);
  }
  .progress.warn > div {
    background: var(--pl-warn, #ffa600);
  }
  .progress.error > div {
    background: var(--pl-error, #db4437);
  }
`;export{gr as $,u as A,$r as B,Pr as C,Me as D,Sr as E,Cr as F,vr as G,wr as H,yr as I,Wt as J,Wr as K,Mr as L,Y as M,Xr as N,Ut as O,Je as P,xr as Q,qe as R,ur as S,Ot as T,_r as U,Rr as V,Or as W,Vr as X,Br as Y,kt as Z,E as _,g as a,br as a0,mr as a1,Ht as a2,Nr as a3,Ur as a4,Ft as a5,Ir as a6,Kr as a7,Gr as a8,nr as a9,ce as aa,Zr as ab,qr as ac,en as ad,Qr as ae,zr as af,Dt as ag,an as ah,rn as ai,tn as aj,on as ak,sn as al,Xt as am,pr as an,hr as ao,fr as ap,ar as aq,lr as ar,nn as as,Fr as at,Jr as au,Dr as av,Hr as aw,cr as ax,dr as ay,ee as b,H as c,le as d,jt as e,Mt as f,T as g,Ye as h,St as i,sr as j,F as k,c as l,f as m,A as n,qt as o,Ke as p,At as q,et as r,L as s,Ar as t,kr as u,jr as v,Tr as w,Er as x,Lr as y,Yr as z};
/**
 * @license
 * Copyright 2019 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2018 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
